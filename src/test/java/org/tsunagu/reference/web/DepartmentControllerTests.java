package org.tsunagu.reference.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.internal.Department;
import org.tsunagu.reference.internal.DepartmentAdministration;
import org.tsunagu.reference.internal.DepartmentChange;
import org.tsunagu.reference.internal.ReferenceFixtures;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(DepartmentController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.ADMIN)
class DepartmentControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DepartmentAdministration departments;

	Department department;

	@BeforeEach
	void setUp() {
		department = ReferenceFixtures.department("架空部", "架空課", 1);
		given(departments.findAll()).willReturn(List.of(department));
		given(departments.find(department.getId())).willReturn(department);
	}

	@Test
	void listsDepartments() throws Exception {
		mvc.perform(get("/admin/reference/departments"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/departments"))
			.andExpect(content().string(containsString("架空課")));
	}

	@Test
	void createsADepartmentWithoutBureau() throws Exception {
		mvc.perform(get("/admin/reference/departments/new")).andExpect(status().isOk())
			.andExpect(view().name("reference/department-form"));

		mvc.perform(post("/admin/reference/departments/new").with(csrf())
			.param("bureau", "")
			.param("division", "架空センター")
			.param("sortOrder", "16"))
			.andExpect(redirectedUrl("/admin/reference/departments"))
			.andExpect(flash().attribute("flash", "reference.department.created"));
		verify(departments).create(new DepartmentChange("", "架空センター", 16, false, 0));
	}

	@Test
	void rejectsABlankDivision() throws Exception {
		mvc.perform(post("/admin/reference/departments/new").with(csrf()).param("division", " ").param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "division", "NotBlank"))
			.andExpect(content().string(containsString("課・機関を入力してください。")));
		verify(departments, never()).create(any());
	}

	@Test
	void showsAConflictForAStaleVersion() throws Exception {
		UUID id = department.getId();
		given(departments.update(eq(id), any())).willThrow(new StaleRecordException("Department", id, 0, 1));

		mvc.perform(post("/admin/reference/departments/{id}/edit", id).with(csrf())
			.param("division", "別の課")
			.param("sortOrder", "1")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("reference/department-form"))
			.andExpect(model().attribute("flashError", "form.conflict"));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void forbidsOtherRoles() throws Exception {
		mvc.perform(get("/admin/reference/departments")).andExpect(status().isForbidden());
	}
}

package org.tsunagu.training.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.testsupport.WithTsunaguUser;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.CertificateCheck;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.CourseView;

/** The training API and the public certificate check. */
@WebMvcTest({ TrainingApiController.class, CertificateApiController.class })
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.CLERK)
class TrainingApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CourseManagement courses;

	@MockitoBean
	ApplicationManagement applications;

	@MockitoBean
	AttendanceManagement attendance;

	@Test
	@WithAnonymousUser
	void anyoneMayCheckACertificateNumberAndLearnsNothingAboutThePerson() throws Exception {
		given(attendance.verify("TC2026-0001"))
			.willReturn(new CertificateCheck("TC2026-0001", true, "医療的ケア児等支援者養成研修", LocalDate.of(2026, 7, 10)));

		mvc.perform(get("/api/v1/public/certificates/{number}", "TC2026-0001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.course").value("医療的ケア児等支援者養成研修"))
			.andExpect(jsonPath("$.completedOn").value("2026-07-10"))
			.andExpect(jsonPath("$.length()").value(4));
	}

	@Test
	@WithAnonymousUser
	void theCourseListNeedsALogin() throws Exception {
		mvc.perform(get("/api/v1/courses")).andExpect(status().isUnauthorized());
	}

	@Test
	void listsTheCourses() throws Exception {
		given(courses.courses()).willReturn(List.of(new CourseView(UUID.randomUUID(), 0, CourseKind.SUPPORTER,
				"医療的ケア児等支援者養成研修", null, null, null, 30)));

		mvc.perform(get("/api/v1/courses")).andExpect(status().isOk()).andExpect(jsonPath("$[0].kind").value("SUPPORTER"));
	}

	@Test
	void refusesACourseChangeWithoutIfMatch() throws Exception {
		mvc.perform(put("/api/v1/courses/{id}", UUID.randomUUID()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"OWN\",\"title\":\"（試験）\",\"lateThresholdMinutes\":30}"))
			.andExpect(status().isPreconditionRequired());
		verify(courses, never()).updateCourse(any(), anyLong(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void applicantsAreRefusedToThoseWhoMayNotSeePeople() throws Exception {
		UUID offering = UUID.randomUUID();
		given(applications.applications(offering)).willThrow(new AccessDeniedException("no people"));

		mvc.perform(get("/api/v1/offerings/{id}/applications", offering)).andExpect(status().isForbidden());
	}
}

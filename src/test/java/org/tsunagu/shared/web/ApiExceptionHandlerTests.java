package org.tsunagu.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Errors of the JSON API are problem details with a Japanese title and nothing else: the exception's message,
 * which may quote SQL, a column or a role, never reaches the client.
 */
@WebMvcTest(ApiExceptionHandlerTests.FailingApi.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, ApiExceptionHandlerTests.FailingApi.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class ApiExceptionHandlerTests {

	static final String SECRET = "ERROR: syntax error at or near \"DROP\" in SELECT password_hash FROM identity_users";

	@Autowired
	MockMvc mvc;

	/** Fails in the ways services do, each with a message that must stay on the server. */
	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/failing/{kind}")
		String fail(@PathVariable String kind) {
			throw switch (kind) {
				case "argument" -> new IllegalArgumentException(SECRET);
				case "state" -> new IllegalStateException(SECRET);
				case "denied" -> new AccessDeniedException(SECRET);
				default -> new org.tsunagu.shared.RecordNotFoundException("Child", SECRET);
			};
		}
	}

	@ParameterizedTest
	@CsvSource({ "argument, 400", "state, 409", "denied, 403", "missing, 404" })
	void answersWithAProblemDetailThatQuotesNothingOfTheException(String kind, int status) throws Exception {
		mvc.perform(get("/api/v1/failing/" + kind))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").doesNotExist())
			.andExpect(content().string(not(containsString("password_hash"))))
			.andExpect(content().string(not(containsString("syntax error"))))
			.andExpect(content().string(not(containsString("Exception"))));
	}
}

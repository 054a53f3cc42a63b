package org.tsunagu.identity.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.shared.JapaneseDates;

/**
 * HSTS in production (profile {@code postgres}) on requests that came over TLS, never in the demo or a
 * development start, whose servers may share a host name with plain-HTTP services.
 */
class StrictTransportSecurityTests {

	static final String HSTS = "Strict-Transport-Security";

	@WebMvcTest(SecurityConfigurationTests.LoginProbe.class)
	@Import({ SecurityConfiguration.class, JapaneseDates.class, SecurityConfigurationTests.LoginProbe.class })
	@ActiveProfiles("postgres")
	@Nested
	class Production {

		@Autowired
		MockMvc mvc;

		@Test
		void secureRequestsGetHstsForOneYearWithSubDomains() throws Exception {
			mvc.perform(get("/login").secure(true))
				.andExpect(header().string(HSTS, "max-age=31536000 ; includeSubDomains"));
			mvc.perform(get("/api/v1/me").secure(true)).andExpect(header().exists(HSTS));
		}

		@Test
		void plainHttpRequestsGetNoHsts() throws Exception {
			mvc.perform(get("/login")).andExpect(header().doesNotExist(HSTS));
		}
	}

	@WebMvcTest(SecurityConfigurationTests.LoginProbe.class)
	@Import({ SecurityConfiguration.class, JapaneseDates.class, SecurityConfigurationTests.LoginProbe.class })
	@ActiveProfiles("demo")
	@Nested
	class Demo {

		@Autowired
		MockMvc mvc;

		@Test
		void secureRequestsGetNoHsts() throws Exception {
			mvc.perform(get("/login").secure(true)).andExpect(header().doesNotExist(HSTS));
			mvc.perform(get("/api/v1/me").secure(true)).andExpect(header().doesNotExist(HSTS));
		}
	}

	@WebMvcTest(SecurityConfigurationTests.LoginProbe.class)
	@Import({ SecurityConfiguration.class, JapaneseDates.class, SecurityConfigurationTests.LoginProbe.class })
	@Nested
	class Development {

		@Autowired
		MockMvc mvc;

		@Test
		void secureRequestsGetNoHsts() throws Exception {
			mvc.perform(get("/login").secure(true)).andExpect(header().doesNotExist(HSTS));
		}
	}
}

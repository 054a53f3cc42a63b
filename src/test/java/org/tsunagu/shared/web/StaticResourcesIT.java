package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.tsunagu.identity.Role;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Static files are served from /css, /js and /webjars only (WebConfiguration), and the pages still link to
 * them — the WebJars links resolved to the packaged version by the resource chain; parsed templates are kept
 * (TemplateCacheConfiguration).
 */
@DatabaseTest
class StaticResourcesIT {

	private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]*htmx\\.min\\.js)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ResourceUrlProvider resourceUrls;

	@Autowired
	private SpringTemplateEngine templates;

	@Test
	void servesTheStylesheetTheScriptsAndTheWebJarsThePagesLinkTo() throws Exception {
		String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(login).contains("href=\"/css/tsunagu.css\"");
		Matcher htmx = HTMX.matcher(login);
		assertThat(htmx.find()).as("htmx linked from the login page").isTrue();

		assertThat(body("/css/tsunagu.css")).contains("{");
		assertThat(body("/js/tsunagu.js")).isNotBlank();
		assertThat(body(htmx.group(1))).contains("htmx");
		assertThat(body("/webjars/htmx.org/dist/htmx.min.js")).contains("htmx");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void servesNothingOutsideTheStaticPathsEvenToALoggedInUser() throws Exception {
		mvc.perform(get("/tsunagu.css")).andExpect(status().isNotFound());
		mvc.perform(get("/static/css/tsunagu.css")).andExpect(status().isNotFound());
		mvc.perform(get("/css/../application.yml")).andExpect(status().is4xxClientError());
	}

	@Test
	void linksToPagesAreNotLookedUpAsStaticFiles() {
		// Every link a page renders passes the resource chain's URL encoding; only these paths are searched in
		// the jar. A catch-all "/**" here made every link of every page a classpath lookup (bench/RESULTS.md).
		assertThat(resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/webjars/**").doesNotContain("/**");
		assertThat(resourceUrls.getForLookupPath("/children")).isNull();
	}

	@Test
	void keepsEveryParsedTemplateAndFragmentNotOnly200() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());

		StandardCacheManager caches = (StandardCacheManager) templates.getCacheManager();
		assertThat(caches.getTemplateCacheMaxSize()).isEqualTo(TemplateCacheConfiguration.TEMPLATES);
		assertThat(caches.getExpressionCacheMaxSize()).isEqualTo(TemplateCacheConfiguration.EXPRESSIONS);
		assertThat(caches.getTemplateCache().keySet()).as("parsed templates kept").isNotEmpty();
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}

package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.tsunagu.testsupport.BrowserTest;

/**
 * The demo profile — how the README starts Tsunagu, and how the load benchmark runs it — keeps parsed templates
 * like production. It switched Thymeleaf's cache off, so every page was parsed again from the jar on every
 * request: two thirds of the request threads' CPU under load, and the jar's lock contended (bench/RESULTS.md).
 */
@BrowserTest
class DemoProfileTemplatesIT {

	@Autowired
	private SpringResourceTemplateResolver templates;

	@Test
	void keepsParsedTemplatesInTheDemoProfile() {
		assertThat(templates.isCacheable()).isTrue();
	}
}

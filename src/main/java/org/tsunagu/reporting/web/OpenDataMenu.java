package org.tsunagu.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.shared.web.PublicSection;

/**
 * The open data page's entry in the public site's menu.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataMenu {

	@Bean
	PublicSection openDataSection() {
		return new PublicSection(OpenDataController.PATH, "reporting.openData.nav", "reporting.openData.description", 90);
	}
}

package org.tsunagu.training.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.shared.web.PublicSection;

/** The training entries of the public site's menu. */
@Configuration(proxyBeanMethods = false)
class TrainingWebConfiguration {

	@Bean
	PublicSection trainingPublicSection() {
		return new PublicSection("/public/trainings", "training.public.nav", "training.public.navDescription", 30);
	}
}

package org.tsunagu.consultation.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.shared.web.PublicSection;
import org.tsunagu.shared.web.SubmissionThrottle;

/**
 * The public consultation form's entry in the public site's menu and its submission limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebFormSettings.class)
class PublicConsultationConfiguration {

	static final String PATH = "/public/consultation";

	@Bean
	PublicSection consultationFormSection() {
		return new PublicSection(PATH, "consultation.public.nav", "consultation.public.description", 10);
	}

	@Bean
	SubmissionThrottle consultationFormThrottle(WebFormSettings settings, ObjectProvider<Clock> clock) {
		return new SubmissionThrottle(settings.maxSubmissions(), settings.window(),
				clock.getIfAvailable(Clock::systemUTC));
	}
}

package org.tsunagu.shared;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation decides "today" (@PastOrPresent, @FutureOrPresent) in Japan Standard Time, as the users
 * do: between 0:00 and 9:00 JST the server's UTC date is still yesterday, and today's date would be refused
 * as being in the future.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClockConfiguration {

	@Bean
	ValidationConfigurationCustomizer japanClockForValidation() {
		return configuration -> configuration.clockProvider(() -> Clock.system(JapaneseDates.JST));
	}
}

package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;

class ValidationClockConfigurationTests {

	record Assessment(@PastOrPresent LocalDate assessedOn) {
	}

	@Test
	void decidesTodayInJapanStandardTime() {
		HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
		new ValidationClockConfiguration().japanClockForValidation().customize(configuration);

		assertThat(configuration.getDefaultClockProvider()).isNotNull();
		assertThat(configuration.buildValidatorFactory().getClockProvider().getClock().getZone())
			.isEqualTo(JapaneseDates.JST);
		Validator validator = configuration.buildValidatorFactory().getValidator();
		assertThat(validator.validate(new Assessment(JapaneseDates.today()))).isEmpty();
		assertThat(validator.validate(new Assessment(JapaneseDates.today().plusDays(1)))).hasSize(1);
	}
}

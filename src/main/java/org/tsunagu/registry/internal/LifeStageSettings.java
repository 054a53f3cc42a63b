package org.tsunagu.registry.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead times of the life-stage alerts.
 *
 * @param schoolConsultationLead how long before school entry the 就学相談 is due (default 12 months)
 * @param handoverLead how long before any other stage its alert starts (default 6 months)
 * @param transitionAge the age from which the 移行期 checklist and referral apply (default 15)
 */
@ConfigurationProperties("tsunagu.registry.life-stages")
record LifeStageSettings(@DefaultValue("P12M") Period schoolConsultationLead,
		@DefaultValue("P6M") Period handoverLead, @DefaultValue("15") int transitionAge) {

	static LifeStageSettings defaults() {
		return new LifeStageSettings(Period.ofMonths(12), Period.ofMonths(6), 15);
	}
}

package org.tsunagu.consultation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consultation module.
 *
 * @param closeApprovalRequired whether closing a case needs the センター長's approval (default true)
 * @param referralOverdueDays after how many days a referral without an outcome is flagged (default 14)
 */
@ConfigurationProperties("tsunagu.consultation")
record ConsultationSettings(@DefaultValue("true") boolean closeApprovalRequired,
		@DefaultValue("14") int referralOverdueDays) {
}

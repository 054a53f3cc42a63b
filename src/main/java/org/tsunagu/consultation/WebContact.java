package org.tsunagu.consultation;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the sender of a web consultation, shown to staff on the consultation's page.
 *
 * @param referenceNumber the number the sender was given
 * @param phone the phone number, if given
 * @param email the e-mail address, if given
 * @param consentToContact whether the sender agreed to be contacted
 */
public record WebContact(String referenceNumber, @Nullable String phone, @Nullable String email,
		boolean consentToContact) {
}

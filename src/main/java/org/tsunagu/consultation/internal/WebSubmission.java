package org.tsunagu.consultation.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.WebContact;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What the public web form adds to a consultation: the reference number the sender got and how to reach
 * them. Kept apart from the consultation, which stays the same whatever the channel.
 */
@Entity
@Table(name = "consultation_web_submissions")
class WebSubmission extends AuditedEntity {

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId = new UUID(0, 0);

	@Column(name = "reference_number", nullable = false, updatable = false, length = 20)
	private String referenceNumber = "";

	@Column(length = 30)
	private @Nullable String phone;

	@Column(length = 254)
	private @Nullable String email;

	@Column(name = "consent_to_contact", nullable = false)
	private boolean consentToContact;

	protected WebSubmission() {
	}

	WebSubmission(UUID consultationId, String referenceNumber, @Nullable String phone, @Nullable String email,
			boolean consentToContact) {
		if (phone == null && email == null) {
			throw new IllegalArgumentException("A web consultation needs a phone number or an e-mail address");
		}
		this.consultationId = consultationId;
		this.referenceNumber = referenceNumber;
		this.phone = phone;
		this.email = email;
		this.consentToContact = consentToContact;
	}

	UUID getConsultationId() {
		return consultationId;
	}

	String getReferenceNumber() {
		return referenceNumber;
	}

	WebContact contact() {
		return new WebContact(referenceNumber, phone, email, consentToContact);
	}
}

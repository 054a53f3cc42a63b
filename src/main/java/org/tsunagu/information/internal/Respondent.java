package org.tsunagu.information.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.RespondentStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipality asked to answer a survey. Its link's token is stored only as a SHA-256 hash: a copy of the
 * database opens no answer form.
 */
@Entity
@Table(name = "information_survey_respondents")
class Respondent {

	@Id
	private UUID id = UUID.randomUUID();

	@Version
	private long version;

	@Column(name = "survey_id", nullable = false, updatable = false)
	private UUID surveyId;

	@Column(name = "municipality_code", nullable = false, length = 6, updatable = false)
	private String municipalityCode;

	@Column(name = "municipality_name", nullable = false, length = 50, updatable = false)
	private String municipalityName;

	@Column(name = "region_name", nullable = false, length = 50, updatable = false)
	private String regionName;

	@Column(name = "contact_email", length = 254)
	private @Nullable String contactEmail;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Column(name = "reminded_at")
	private @Nullable Instant remindedAt;

	@Column(name = "reminder_count", nullable = false)
	private int reminderCount;

	@SuppressWarnings("NullAway.Init")
	protected Respondent() {
	}

	Respondent(UUID surveyId, String municipalityCode, String municipalityName, String regionName,
			@Nullable String contactEmail, String tokenHash, Instant expiresAt) {
		this.surveyId = surveyId;
		this.municipalityCode = municipalityCode;
		this.municipalityName = municipalityName;
		this.regionName = regionName;
		this.contactEmail = contactEmail;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	/** Replaces the link: the old token no longer opens anything. */
	void replaceToken(String newHash) {
		this.tokenHash = newHash;
	}

	void markAnswered(Instant now) {
		this.answeredAt = now;
	}

	void markReminded(Instant now) {
		this.remindedAt = now;
		this.reminderCount++;
	}

	boolean isExpiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

	RespondentStatus status() {
		return new RespondentStatus(id, municipalityCode, municipalityName, regionName, contactEmail, answeredAt,
				remindedAt, reminderCount);
	}

	UUID getId() {
		return id;
	}

	UUID getSurveyId() {
		return surveyId;
	}

	String getMunicipalityCode() {
		return municipalityCode;
	}

	String getMunicipalityName() {
		return municipalityName;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable String getContactEmail() {
		return contactEmail;
	}

	@Nullable Instant getAnsweredAt() {
		return answeredAt;
	}
}

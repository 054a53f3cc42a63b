package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person who applied at least once: applications of different years are tied to one person when name,
 * kana and birth date match (spaces and kana width ignored) or the e-mail does. Duplicates that slipped
 * through are merged by staff: the merged record points to the one kept.
 */
@Entity
@Table(name = "training_people")
class Person extends AuditedEntity {

	static final String ANONYMOUS_NAME = "（匿名）";

	static final String ANONYMOUS_KANA = "トクメイ";

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(nullable = false, length = 100)
	private String kana = "";

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate = LocalDate.EPOCH;

	@Column(length = 254)
	private @Nullable String email;

	@Column(name = "match_key", nullable = false, length = 300)
	private String matchKey = "";

	@Column(name = "merged_into_id")
	private @Nullable UUID mergedIntoId;

	@Column(name = "anonymised_at")
	private java.time.@Nullable Instant anonymisedAt;

	protected Person() {
	}

	Person(String name, String kana, LocalDate birthDate, @Nullable String email) {
		this.name = name.strip();
		this.kana = KanaText.toKatakana(KanaText.normalise(kana));
		this.birthDate = birthDate;
		this.email = normaliseEmail(email);
		this.matchKey = matchKey(name, kana, birthDate);
	}

	/**
	 * Clears the person once none of their applications keeps personal data any more; the match key can no longer
	 * meet a new application, so a new applicant with the same name becomes a new person.
	 */
	void anonymise(java.time.Instant now) {
		if (anonymisedAt != null) {
			return;
		}
		name = ANONYMOUS_NAME;
		kana = ANONYMOUS_KANA;
		birthDate = birthDate.withDayOfMonth(1);
		email = null;
		matchKey = "anonymised|" + getId();
		anonymisedAt = now;
	}

	/** Name, kana and birth date folded so that ミホン ハナコ and みほん　はなこ meet. */
	static String matchKey(String name, String kana, LocalDate birthDate) {
		return KanaText.searchKey(name) + "|" + KanaText.searchKey(kana) + "|" + birthDate;
	}

	static @Nullable String normaliseEmail(@Nullable String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** Updates contact details from a newer application of the same person. */
	void refreshEmail(@Nullable String newer) {
		if (newer != null && !newer.isBlank()) {
			this.email = normaliseEmail(newer);
		}
	}

	void mergeInto(UUID keptId) {
		if (keptId.equals(getId())) {
			throw new IllegalArgumentException("A person cannot be merged into itself");
		}
		if (mergedIntoId != null) {
			throw new IllegalStateException("Person " + getId() + " is already merged");
		}
		mergedIntoId = keptId;
	}

	boolean isMerged() {
		return mergedIntoId != null;
	}

	String getName() {
		return name;
	}

	String getKana() {
		return kana;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	@Nullable String getEmail() {
		return email;
	}

	@Nullable UUID getMergedIntoId() {
		return mergedIntoId;
	}
}

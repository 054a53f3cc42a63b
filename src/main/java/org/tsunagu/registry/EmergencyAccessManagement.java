package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 緊急時アクセス: staff (センター長, 相談員, 看護師, 保健福祉事務所) may open the emergency information of a child
 * outside their scope — only that, for a stated reason and a limited time. Every step is audited; the
 * センター長 reviews every access.
 */
public interface EmergencyAccessManagement {

	/**
	 * Children with exactly this フリガナ (family and given name) and birth date, in any 圏域: what a caller in
	 * an emergency knows. Only name, birth date and municipality are shown. Audited.
	 */
	List<EmergencyAccessCandidate> findCandidates(String familyNameKana, String givenNameKana, LocalDate birthDate);

	/**
	 * Opens the child's emergency information to the caller for the configured time.
	 *
	 * @throws IllegalArgumentException when the reason is blank
	 * @throws org.springframework.security.access.AccessDeniedException when the caller's role may not ask
	 */
	EmergencyAccessGrant grant(UUID childId, @Nullable String reason);

	/** The caller's access to the child that is open now, if any. */
	Optional<EmergencyAccessGrant> openGrant(UUID childId);

	/**
	 * The child's emergency information under the caller's open access. Audited as a read with the reason.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException when the caller has no open access
	 */
	EmergencyAccessView emergencyInfo(UUID childId);

	/** Prints the 緊急時情報シート under the caller's open access (a versioned, audited export). */
	EmergencySheet printSheet(UUID childId);

	/** センター長 only: every access, those not yet reviewed first. */
	List<EmergencyAccessGrant> accessesForReview();

	/** センター長 only: marks one access reviewed; {@code version} guards against a colleague's review. */
	void markReviewed(UUID accessId, long version, @Nullable String comment);
}

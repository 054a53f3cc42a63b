package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The consents (同意) of a child's family. Sharing that no effective consent covers is refused here, on the
 * server: other modules (statistics export, referrals) call {@link #checkSharingAllowed} before data
 * leaves the center. Every change is audited.
 */
public interface ConsentManagement {

	/** The child's consents, newest first; an organisation's user sees only the consents naming it. */
	List<ConsentView> consents(UUID childId);

	/** Records a consent for the child; the recorder is the logged-in user. */
	UUID record(UUID childId, ConsentInput input);

	/**
	 * Records that the family withdrew a consent; {@code version} guards against a colleague's change.
	 *
	 * @throws IllegalStateException when the consent was already withdrawn
	 */
	void withdraw(UUID childId, UUID consentId, long version, LocalDate withdrawnOn, String reason);

	/**
	 * Refuses sharing the child's data for {@code purpose} (with {@code organisation}, for
	 * {@link ConsentPurpose#SHARE_INSTITUTION}) unless an effective consent covers it today.
	 *
	 * @throws SharingNotConsentedException when no effective consent covers it
	 */
	void checkSharingAllowed(UUID childId, ConsentPurpose purpose, @Nullable String organisation);
}

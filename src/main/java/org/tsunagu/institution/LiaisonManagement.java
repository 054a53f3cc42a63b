package org.tsunagu.institution;

import java.util.List;
import java.util.UUID;

/**
 * The liaison log (連携記録): contacts with institutions and what is still to be done after them. Open to
 * center staff and to a health office for institutions of its own 圏域; not to the prefecture, since entries
 * may name a child. Every change and every read of a log is audited.
 */
public interface LiaisonManagement {

	/**
	 * Records a contact with an institution.
	 *
	 * @throws InvalidInstitutionException when a linked child is unknown or out of the caller's reach
	 */
	UUID record(UUID institutionId, LiaisonInput input);

	/** Changes an entry; {@code version} guards against overwriting a colleague's change. */
	void update(UUID liaisonId, long version, LiaisonInput input);

	/** Marks the entry's follow-up as done today (JST). */
	void completeFollowUp(UUID liaisonId, long version);

	/** One entry. */
	LiaisonView get(UUID liaisonId);

	/** The institution's log, newest first. */
	List<LiaisonView> timeline(UUID institutionId);

	/** Open follow-ups within the caller's reach, the earliest due first (those without a date last). */
	List<LiaisonView> openFollowUps();

	/** Whether the logged-in user may see and write liaison logs of the given 圏域. */
	boolean mayLiaiseIn(String regionName);
}

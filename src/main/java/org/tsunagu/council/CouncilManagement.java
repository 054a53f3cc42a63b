package org.tsunagu.council;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The councils and their members. Who may do what: a 保健福祉事務所 manages only its own 圏域's council, the
 * prefecture manages the 全県会議 and the 庁内連携会議, center staff read all, a 関係機関 user reads the councils
 * its organisation is a member of. Changes are audited.
 */
public interface CouncilManagement {

	/** The councils the current user may read: 全県, then 圏域 in the order of the regions, then 庁内. */
	List<CouncilSummary> councils();

	/** One council; 403 when the current user may not read it. */
	CouncilDetails get(UUID councilId);

	/** Adds a member for a term; the history of earlier members stays. */
	UUID addMember(UUID councilId, MemberInput input);

	/** Ends a membership on its last day; the member stays listed for the dates of the term. */
	void endMembership(UUID memberId, long version, LocalDate lastDay);

	/** Changes the contact person and contact of a membership (a 庁内 department names a new person). */
	void changeContact(UUID memberId, long version, String personName, String contact);

	/** The members on a given day (who was a member when). */
	List<MemberView> membersOn(UUID councilId, LocalDate day);

	/** Changes who holds the council and whether it is a 部会 of the 自立支援協議会. */
	void changeSettings(UUID councilId, long version, String holder, boolean supportCouncilSection);

	/** Per 会議事項, how many agenda items of the 年度 (April of {@code fiscalYear} to March) dealt with it. */
	List<TopicCoverage> coverage(UUID councilId, int fiscalYear);
}

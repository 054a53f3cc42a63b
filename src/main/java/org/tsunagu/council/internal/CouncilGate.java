package org.tsunagu.council.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Loads councils for the current user and applies {@link CouncilAccess}: every use case passes through
 * here, so the rules are checked on the server whatever page or API call asked.
 */
@Component
class CouncilGate {

	static final String TARGET = "Council";

	private final CouncilRepository councils;

	private final CouncilMemberRepository members;

	CouncilGate(CouncilRepository councils, CouncilMemberRepository members) {
		this.councils = councils;
		this.members = members;
	}

	/** The council if the user may read it. */
	Council readable(UUID councilId) {
		Council council = load(councilId);
		CurrentUser user = CurrentUsers.require();
		CouncilAccess.checkRead(user, council, isMember(user, council.getId()));
		return council;
	}

	/** The council if the user may manage it. */
	Council manageable(UUID councilId) {
		Council council = load(councilId);
		CouncilAccess.checkManage(CurrentUsers.require(), council);
		return council;
	}

	/** The councils the user may read, in display order. */
	List<Council> readableCouncils() {
		CurrentUser user = CurrentUsers.require();
		List<UUID> memberOf = user.role() == Role.INSTITUTION && user.organisation() != null
				? members.findCouncilIdsOfOrganisation(user.organisation()) : List.of();
		return councils.findAllByOrderBySortOrder()
			.stream()
			.filter(c -> CouncilAccess.mayRead(user, c.getKind(), c.getRegionName(), memberOf.contains(c.getId())))
			.toList();
	}

	boolean mayManage(Council council) {
		return CouncilAccess.mayManage(CurrentUsers.require(), council.getKind(), council.getRegionName());
	}

	/** Whether the user sees only approved minutes (関係機関 members read, they do not review drafts). */
	boolean seesApprovedMinutesOnly() {
		return CurrentUsers.require().role() == Role.INSTITUTION;
	}

	Council load(UUID councilId) {
		return councils.findById(councilId).orElseThrow(() -> new RecordNotFoundException(TARGET, councilId));
	}

	private boolean isMember(CurrentUser user, UUID councilId) {
		return user.role() == Role.INSTITUTION && user.organisation() != null
				&& members.findCouncilIdsOfOrganisation(user.organisation()).contains(councilId);
	}
}

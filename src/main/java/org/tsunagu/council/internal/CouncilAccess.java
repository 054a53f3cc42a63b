package org.tsunagu.council.internal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;

/**
 * Who may read and who may manage a council (要綱 第4-2, 第4-3): a 保健福祉事務所 manages only its own 圏域's
 * council, the prefecture manages the 全県会議 and the 庁内連携会議; center staff read every council, a health
 * office reads its own 圏域's and the 全県会議, a 関係機関 user reads the councils its organisation is a member
 * of. Pure rules, so they are tested as stories without a database.
 */
final class CouncilAccess {

	private static final Set<Role> READ_ALL = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE,
			Role.CLERK, Role.PREFECTURE);

	private CouncilAccess() {
	}

	/**
	 * Whether the user may read the council.
	 *
	 * @param organisationIsMember whether the user's organisation is (or was) a member of the council
	 */
	static boolean mayRead(CurrentUser user, CouncilKind kind, @Nullable String regionName,
			boolean organisationIsMember) {
		if (!user.mayOpen(Area.COUNCIL)) {
			return false;
		}
		if (READ_ALL.contains(user.role())) {
			return true;
		}
		return switch (user.role()) {
			case HEALTH_OFFICE -> kind == CouncilKind.PREFECTURE
					|| kind == CouncilKind.REGION && Objects.equals(regionName, user.regionName());
			case INSTITUTION -> organisationIsMember;
			default -> false;
		};
	}

	/** Whether the user may manage the council: schedule meetings, members, minutes, actions. */
	static boolean mayManage(CurrentUser user, CouncilKind kind, @Nullable String regionName) {
		return switch (user.role()) {
			case PREFECTURE -> kind == CouncilKind.PREFECTURE || kind == CouncilKind.INTERNAL;
			case HEALTH_OFFICE -> kind == CouncilKind.REGION && regionName != null
					&& user.scope().permitsRegion(regionName);
			default -> false;
		};
	}

	static void checkRead(CurrentUser user, Council council, boolean organisationIsMember) {
		if (!mayRead(user, council.getKind(), council.getRegionName(), organisationIsMember)) {
			throw new AccessDeniedException("User " + user.username() + " may not read council " + council.getId());
		}
	}

	static void checkManage(CurrentUser user, Council council) {
		if (!mayManage(user, council.getKind(), council.getRegionName())) {
			throw new AccessDeniedException("User " + user.username() + " may not manage council " + council.getId());
		}
	}
}

package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.tsunagu.council.CouncilDetails;
import org.tsunagu.council.CouncilSummary;
import org.tsunagu.council.MemberView;

/**
 * Councils and members as the API records show them.
 */
final class CouncilViews {

	private CouncilViews() {
	}

	static CouncilSummary summary(Council council, boolean mayManage) {
		return new CouncilSummary(council.getId(), council.getKind(), council.getName(), council.getRegionName(),
				council.getHolder(), council.isSupportCouncilSection(), mayManage);
	}

	static CouncilDetails details(Council council, List<CouncilMember> members, LocalDate today, boolean mayManage) {
		List<MemberView> views = members.stream()
			.map(member -> member(member, today))
			.sorted(Comparator.comparing(MemberView::current).reversed())
			.toList();
		return new CouncilDetails(council.getId(), council.getVersion(), council.getKind(), council.getName(),
				council.getRegionName(), council.getHolder(), council.isSupportCouncilSection(), council.getTopics(),
				views, mayManage);
	}

	static MemberView member(CouncilMember member, LocalDate day) {
		return new MemberView(member.getId(), member.getVersion(), member.getPersonName(), member.getOrganisation(),
				member.getDepartmentId(), member.getField(), member.getRole(), member.getTermFrom(), member.getTermTo(),
				member.getContact(), member.isMemberOn(day));
	}
}

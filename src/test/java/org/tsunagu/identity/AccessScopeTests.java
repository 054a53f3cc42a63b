package org.tsunagu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class AccessScopeTests {

	@Test
	void prefectureWideStaffReachEveryRegion() {
		AccessScope scope = AccessScope.all();

		assertThat(scope.permitsRegion("松本")).isTrue();
		assertThat(scope.permitsRegion("長野")).isTrue();
	}

	@Test
	void healthOfficeReachesOnlyItsOwnRegion() {
		AccessScope matsumoto = AccessScope.region("松本");

		assertThat(matsumoto.permitsRegion("松本")).isTrue();
		assertThat(matsumoto.permitsRegion("長野")).isFalse();
		assertThat(matsumoto.permitsRegion(null)).isFalse();
	}

	@Test
	void refusesAnotherRegionsRecordWithAccessDenied() {
		AccessScope matsumoto = AccessScope.region("松本");

		assertThatThrownBy(() -> matsumoto.checkRegion("長野")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void institutionReachesNoRegionAsAWhole() {
		AccessScope institution = AccessScope.organisation("架空訪問看護ステーションみほん");

		assertThat(institution.permitsRegion("松本")).isFalse();
	}

	@Test
	void regionScopeNeedsARegion() {
		assertThatThrownBy(() -> new AccessScope(ScopeKind.REGION, " ", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void currentUserScopeFollowsTheRole() {
		CurrentUser office = new CurrentUser(java.util.UUID.randomUUID(), "office-07", "見本 花子",
				Role.HEALTH_OFFICE, "松本", null);
		CurrentUser consultant = new CurrentUser(java.util.UUID.randomUUID(), "consultant", "試験 太郎",
				Role.CONSULTANT, null, null);

		assertThat(office.scope()).isEqualTo(AccessScope.region("松本"));
		assertThat(consultant.scope()).isEqualTo(AccessScope.all());
	}
}

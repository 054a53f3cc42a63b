package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;

class CouncilAccessTests {

	@Test
	void healthOfficeManagesOnlyTheCouncilOfItsOwnRegion() {
		CurrentUser matsumoto = user(Role.HEALTH_OFFICE, "松本", null);

		assertThat(CouncilAccess.mayManage(matsumoto, CouncilKind.REGION, "松本")).isTrue();
		assertThat(CouncilAccess.mayManage(matsumoto, CouncilKind.REGION, "長野")).isFalse();
		assertThat(CouncilAccess.mayManage(matsumoto, CouncilKind.PREFECTURE, null)).isFalse();
		assertThat(CouncilAccess.mayRead(matsumoto, CouncilKind.REGION, "長野", false)).isFalse();
		assertThat(CouncilAccess.mayRead(matsumoto, CouncilKind.PREFECTURE, null, false)).isTrue();
		assertThat(CouncilAccess.mayRead(matsumoto, CouncilKind.INTERNAL, null, false)).isFalse();
	}

	@Test
	void prefectureManagesThePrefectureWideAndInternalCouncilsButNoRegionalOne() {
		CurrentUser prefecture = user(Role.PREFECTURE, null, null);

		assertThat(CouncilAccess.mayManage(prefecture, CouncilKind.PREFECTURE, null)).isTrue();
		assertThat(CouncilAccess.mayManage(prefecture, CouncilKind.INTERNAL, null)).isTrue();
		assertThat(CouncilAccess.mayManage(prefecture, CouncilKind.REGION, "松本")).isFalse();
		assertThat(CouncilAccess.mayRead(prefecture, CouncilKind.REGION, "松本", false)).isTrue();
	}

	@Test
	void centerStaffReadEveryCouncilAndManageNone() {
		for (Role role : new Role[] { Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK }) {
			CurrentUser staff = user(role, null, null);
			for (CouncilKind kind : CouncilKind.values()) {
				String region = kind == CouncilKind.REGION ? "木曽" : null;
				assertThat(CouncilAccess.mayRead(staff, kind, region, false)).isTrue();
				assertThat(CouncilAccess.mayManage(staff, kind, region)).isFalse();
			}
		}
	}

	@Test
	void institutionReadsOnlyTheCouncilsItsOrganisationIsAMemberOf() {
		CurrentUser institution = user(Role.INSTITUTION, null, "架空訪問看護ステーションみほん");

		assertThat(CouncilAccess.mayRead(institution, CouncilKind.REGION, "松本", true)).isTrue();
		assertThat(CouncilAccess.mayRead(institution, CouncilKind.REGION, "松本", false)).isFalse();
		assertThat(CouncilAccess.mayManage(institution, CouncilKind.REGION, "松本")).isFalse();
	}

	@Test
	void administratorHasNoCouncilArea() {
		CurrentUser admin = user(Role.ADMIN, null, null);

		assertThat(CouncilAccess.mayRead(admin, CouncilKind.PREFECTURE, null, false)).isFalse();
		assertThat(CouncilAccess.mayManage(admin, CouncilKind.PREFECTURE, null)).isFalse();
	}

	static CurrentUser user(Role role, String region, String organisation) {
		return new CurrentUser(UUID.randomUUID(), "test-" + role, "試験 利用者", role, region, organisation);
	}
}

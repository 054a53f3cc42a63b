package org.tsunagu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaTests {

	@Test
	void administratorSeesOnlyAdministration() {
		assertThat(Area.navigationFor(Role.ADMIN)).containsExactly(Area.ADMIN);
	}

	@Test
	void consultantSeesTheCentersWorkButNotAdministration() {
		assertThat(Area.navigationFor(Role.CONSULTANT)).containsExactly(Area.CONSULTATION, Area.REGISTRY,
				Area.INSTITUTION, Area.TRAINING, Area.COUNCIL, Area.INFORMATION, Area.REPORTING);
	}

	@Test
	void clerkAndPrefectureStaffNeverOpenPersonalRecords() {
		for (Role role : new Role[] { Role.CLERK, Role.PREFECTURE, Role.ADMIN }) {
			assertThat(Area.CONSULTATION.isOpenTo(role)).as(role.name()).isFalse();
			assertThat(Area.REGISTRY.isOpenTo(role)).as(role.name()).isFalse();
		}
	}

	@Test
	void institutionUserSeesSharedChildrenTrainingAndCouncilsOnly() {
		assertThat(Area.navigationFor(Role.INSTITUTION)).containsExactly(Area.REGISTRY, Area.TRAINING,
				Area.COUNCIL);
	}

	@Test
	void regionPagesAreNotInTheMenuButOpenToHealthOffices() {
		assertThat(Area.REGION.inNavigation()).isFalse();
		assertThat(Area.REGION.isOpenTo(Role.HEALTH_OFFICE)).isTrue();
		assertThat(Area.navigationFor(Role.HEALTH_OFFICE)).doesNotContain(Area.REGION, Area.ADMIN);
	}

	@Test
	void onlyAdministratorsOpenAdministration() {
		assertThat(Area.ADMIN.roles()).containsExactly(Role.ADMIN);
	}
}

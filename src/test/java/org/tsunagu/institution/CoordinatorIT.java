package org.tsunagu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildRegistryIT;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The coordinator roster on a real database (H2 and PostgreSQL): registering twice finds the same person,
 * filters by municipality covered, coverage, versions and who may change it.
 */
@DatabaseTest
class CoordinatorIT {

	static final String SHIOJIRI = "202151";

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	InstitutionManagement institutions;

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void registeringTheSamePersonAgainReturnsTheFirstId() {
		UUID organisation = institutions.register(InstitutionFinderIT.input("試験相談支援センター",
				InstitutionKind.CONSULTATION_SUPPORT, InstitutionFinderIT.MATSUMOTO, null));
		UUID first = coordinators.register(CoordinatorInput.fromTraining("試験 一郎", "シケン イチロウ", organisation, null,
				"松本", "医療的ケア児等コーディネーター養成研修", 2024));
		UUID again = coordinators.register(CoordinatorInput.fromTraining("試験　一郎", "しけんいちろう", null, "別の所属",
				"松本", "フォローアップ研修", 2025));

		assertThat(again).isEqualTo(first);
		CoordinatorView coordinator = coordinators.get(first);
		assertThat(coordinator.organisationName()).isEqualTo("試験相談支援センター");
		assertThat(coordinator.completedYear()).isEqualTo(2024);
		assertThat(coordinator.active()).isTrue();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void filtersByTheMunicipalitiesCoveredAndCountsCoverage() {
		UUID wholeRegion = coordinators.register(input("試験 全域", "シケン ゼンイキ", "松本", List.of()));
		UUID shiojiri = coordinators.register(input("試験 塩尻", "シケン シオジリ", "松本", List.of(SHIOJIRI)));

		assertThat(coordinators.search(new CoordinatorFilter(null, InstitutionFinderIT.MATSUMOTO, true, null)))
			.extracting(CoordinatorView::id)
			.contains(wholeRegion)
			.doesNotContain(shiojiri);
		assertThat(coordinators.search(new CoordinatorFilter("松本", SHIOJIRI, true, "しけん")))
			.extracting(CoordinatorView::id)
			.contains(wholeRegion, shiojiri);

		int before = shiojiriCount();
		coordinators.deactivate(shiojiri, coordinators.get(shiojiri).version());
		assertThat(shiojiriCount()).isEqualTo(before - 1);
		assertThat(coordinators.search(new CoordinatorFilter("松本", null, true, null))).extracting(CoordinatorView::id)
			.doesNotContain(shiojiri);
		assertThatThrownBy(() -> coordinators.reactivate(shiojiri, 0)).isInstanceOf(StaleRecordException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void refusesAnUnknownOrganisationOrMunicipality() {
		assertThatThrownBy(() -> coordinators.register(new CoordinatorInput("試験 花子", "シケン ハナコ",
				UUID.randomUUID(), null, "松本", List.of(), null, null, null)))
			.isInstanceOf(InvalidInstitutionException.class)
			.extracting("field")
			.isEqualTo("organisationId");
		assertThatThrownBy(() -> coordinators.register(input("試験 花子", "シケン ハナコ", "松本", List.of("999999"))))
			.isInstanceOf(InvalidInstitutionException.class);
	}

	@Test
	void healthOfficeChangesOnlyItsOwnRegionAndOutsideOrganisationsCannotRead() {
		ChildRegistryIT.WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			coordinators.register(input("試験 松本", "シケン マツモト", "松本", List.of()));
			assertThatThrownBy(() -> coordinators.register(input("試験 長野", "シケン ナガノ", "長野", List.of())))
				.isInstanceOf(AccessDeniedException.class);
		});
		ChildRegistryIT.WithUser.run(Role.PREFECTURE, null, () -> {
			assertThat(coordinators.search(CoordinatorFilter.none())).isNotEmpty();
			assertThatThrownBy(() -> coordinators.register(input("試験 県", "シケン ケン", "長野", List.of())))
				.isInstanceOf(AccessDeniedException.class);
		});
		ChildRegistryIT.WithUser.run(Role.INSTITUTION, null, () -> assertThatThrownBy(
				() -> coordinators.search(CoordinatorFilter.none())).isInstanceOf(AccessDeniedException.class));
	}

	private int shiojiriCount() {
		return coordinators.coverage()
			.stream()
			.flatMap(row -> row.municipalities().stream())
			.filter(m -> m.code().equals(SHIOJIRI))
			.findFirst()
			.orElseThrow()
			.activeCoordinators();
	}

	private static CoordinatorInput input(String name, String kana, String region, List<String> municipalities) {
		return new CoordinatorInput(name, kana, null, "架空相談支援センター", region, municipalities, null, null, null);
	}
}

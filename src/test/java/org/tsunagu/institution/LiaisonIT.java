package org.tsunagu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildRegistryIT;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The liaison log on a real database (H2 and PostgreSQL): timeline order, open follow-ups by 圏域, who may
 * see it, versions and child links.
 */
@DatabaseTest
class LiaisonIT {

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	LiaisonManagement liaisons;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void showsTheTimelineNewestFirstAndTheOpenFollowUpsEarliestDueFirst() {
		UUID institution = register("試験連携短期入所", InstitutionFinderIT.MATSUMOTO);
		LocalDate today = JapaneseDates.today();
		UUID older = liaisons.record(institution, input(today.minusDays(10), "資料を送る", today.plusDays(5)));
		UUID newer = liaisons.record(institution, input(today.minusDays(1), "日程を回答する", today.minusDays(1)));
		UUID none = liaisons.record(institution, input(today, null, null));

		assertThat(liaisons.timeline(institution)).extracting(LiaisonView::id).containsExactly(none, newer, older);
		var open = liaisons.openFollowUps().stream().filter(l -> l.institutionId().equals(institution)).toList();
		assertThat(open).extracting(LiaisonView::id).containsExactly(newer, older);
		assertThat(open.get(0).overdue()).isTrue();

		liaisons.completeFollowUp(newer, liaisons.get(newer).version());
		assertThat(liaisons.openFollowUps()).extracting(LiaisonView::id).doesNotContain(newer).contains(older);
		assertThat(liaisons.get(newer).followUpDoneOn()).isEqualTo(today);
	}

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void refusesAChangeBasedOnAnOlderVersion() {
		UUID institution = register("試験連携訪問看護", InstitutionFinderIT.MATSUMOTO);
		UUID id = liaisons.record(institution, input(JapaneseDates.today(), "資料を送る", null));
		long version = liaisons.get(id).version();
		liaisons.update(id, version, input(JapaneseDates.today(), "資料を郵送する", null));

		assertThatThrownBy(() -> liaisons.completeFollowUp(id, version)).isInstanceOf(StaleRecordException.class);
		assertThat(liaisons.get(id).followUp()).isEqualTo("資料を郵送する");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void refusesAChildThatIsNotInTheRegistry() {
		UUID institution = register("試験連携保育所", InstitutionFinderIT.MATSUMOTO);
		LiaisonInput input = new LiaisonInput(JapaneseDates.today(), LiaisonChannel.PHONE, "見本 花子", null, "件名",
				"内容", null, null, UUID.randomUUID(), null);

		assertThatThrownBy(() -> liaisons.record(institution, input)).isInstanceOf(InvalidInstitutionException.class)
			.extracting("field")
			.isEqualTo("childId");
	}

	@Test
	void healthOfficeSeesOnlyItsOwnRegionAndThePrefectureNone() {
		UUID[] ids = new UUID[2];
		ChildRegistryIT.WithUser.run(Role.CONSULTANT, null, () -> {
			ids[0] = register("試験連携松本", InstitutionFinderIT.MATSUMOTO);
			ids[1] = register("試験連携長野", InstitutionFinderIT.NAGANO);
			liaisons.record(ids[0], input(JapaneseDates.today(), "松本の対応", null));
			liaisons.record(ids[1], input(JapaneseDates.today(), "長野の対応", null));
		});

		ChildRegistryIT.WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			assertThat(liaisons.openFollowUps()).extracting(LiaisonView::regionName).containsOnly("松本");
			assertThat(liaisons.timeline(ids[0])).hasSize(1);
			assertThatThrownBy(() -> liaisons.timeline(ids[1])).isInstanceOf(AccessDeniedException.class);
			assertThat(liaisons.mayLiaiseIn("長野")).isFalse();
		});
		ChildRegistryIT.WithUser.run(Role.PREFECTURE, null, () -> {
			assertThatThrownBy(() -> liaisons.timeline(ids[0])).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> liaisons.openFollowUps()).isInstanceOf(AccessDeniedException.class);
			assertThat(liaisons.mayLiaiseIn("松本")).isFalse();
		});
	}

	private UUID register(String name, String municipality) {
		return institutions.register(InstitutionFinderIT.input(name, InstitutionKind.SHORT_STAY, municipality, null));
	}

	static LiaisonInput input(LocalDate on, String followUp, LocalDate due) {
		return new LiaisonInput(on, LiaisonChannel.PHONE, "見本 花子", "試験 太郎", "受け入れの相談", "条件を確認した。",
				followUp, due, null, null);
	}
}

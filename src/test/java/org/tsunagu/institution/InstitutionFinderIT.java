package org.tsunagu.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The resource finder on a real database (H2 and PostgreSQL): care items, kind and 圏域 together,
 * kana-insensitive names, versions and who may edit.
 */
@DatabaseTest
public class InstitutionFinderIT {

	static final String MATSUMOTO = "202029";

	static final String NAGANO = "202011";

	@Autowired
	InstitutionManagement institutions;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void findsShortStaysOfMatsumotoThatTakeVentilators() {
		UUID wanted = institutions.register(input("試験短期入所ホームいち", InstitutionKind.SHORT_STAY, MATSUMOTO,
				"0000000001", new CapabilityInput(1, Acceptance.CONDITIONAL, "日中のみ"),
				new CapabilityInput(2, Acceptance.ACCEPTS, null)));
		institutions.register(input("試験短期入所ホームに", InstitutionKind.SHORT_STAY, MATSUMOTO, null,
				new CapabilityInput(1, Acceptance.DECLINES, null), new CapabilityInput(2, Acceptance.ACCEPTS, null)));
		institutions.register(input("試験短期入所ホームさん", InstitutionKind.SHORT_STAY, NAGANO, null,
				new CapabilityInput(1, Acceptance.ACCEPTS, null)));
		institutions.register(input("試験訪問看護", InstitutionKind.VISITING_NURSE, MATSUMOTO, null,
				new CapabilityInput(1, Acceptance.ACCEPTS, null)));

		var found = institutions.search(new InstitutionFilter("試験短期入所", "松本", null, null,
				InstitutionKind.SHORT_STAY, List.of(1, 2), false), Pageable.ofSize(20));

		assertThat(found.getContent()).extracting(InstitutionListItem::id).containsExactly(wanted);
		assertThat(found.getContent().get(0).acceptedItems()).containsExactly(1, 2);
	}

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void findsNamesFromHiraganaHalfWidthAndKanji() {
		institutions.register(input("架空こども医療センター", InstitutionKind.HOSPITAL, MATSUMOTO, null));

		assertThat(names("かくうこどもいりょう")).contains("架空こども医療センター");
		assertThat(names("ｶｸｳｺﾄﾞﾓ")).contains("架空こども医療センター");
		assertThat(names("こども医療")).contains("架空こども医療センター");
		assertThat(names("存在しない機関")).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAChangeBasedOnAnOlderVersionAndConfirmsTheCurrentOne() {
		UUID id = institutions.register(input("見本訪問看護ステーション", InstitutionKind.VISITING_NURSE, MATSUMOTO, null));
		long version = institutions.get(id).version();
		institutions.update(id, version, input("見本訪問看護ステーション本店", InstitutionKind.VISITING_NURSE, MATSUMOTO, null));

		assertThatThrownBy(() -> institutions.update(id, version,
				input("見本訪問看護ステーション支店", InstitutionKind.VISITING_NURSE, MATSUMOTO, null)))
			.isInstanceOf(StaleRecordException.class);

		institutions.confirm(id, institutions.get(id).version());
		assertThat(institutions.get(id).lastConfirmedOn()).isEqualTo(JapaneseDates.today());
		assertThat(institutions.get(id).stale()).isFalse();
	}

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void changingOnlyTheAnswersStillRaisesTheVersion() {
		UUID id = institutions.register(input("試験児童発達支援", InstitutionKind.CHILD_DEVELOPMENT_SUPPORT, MATSUMOTO, null,
				new CapabilityInput(3, Acceptance.DECLINES, null)));
		long version = institutions.get(id).version();

		institutions.update(id, version, input("試験児童発達支援", InstitutionKind.CHILD_DEVELOPMENT_SUPPORT, MATSUMOTO,
				null, new CapabilityInput(3, Acceptance.ACCEPTS, "吸引は看護師が対応")));

		assertThat(institutions.get(id).version()).isGreaterThan(version);
		assertThat(institutions.get(id).capability(3).acceptance()).isEqualTo(Acceptance.ACCEPTS);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void refusesAnOfficeNumberAlreadyUsed() {
		institutions.register(input("試験相談支援", InstitutionKind.CONSULTATION_SUPPORT, MATSUMOTO, "0000000099"));

		assertThatThrownBy(() -> institutions
			.register(input("試験相談支援その2", InstitutionKind.CONSULTATION_SUPPORT, MATSUMOTO, "0000000099")))
			.isInstanceOf(InvalidInstitutionException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "松本")
	void healthOfficeEditsOnlyInItsOwnRegion() {
		institutions.register(input("試験保育所まつもと", InstitutionKind.NURSERY, MATSUMOTO, null));

		assertThatThrownBy(() -> institutions.register(input("試験保育所ながの", InstitutionKind.NURSERY, NAGANO, null)))
			.isInstanceOf(AccessDeniedException.class);

		UUID[] nagano = new UUID[1];
		org.tsunagu.registry.ChildRegistryIT.WithUser.run(Role.CONSULTANT, null,
				() -> nagano[0] = institutions.register(input("見本保育所ながの", InstitutionKind.NURSERY, NAGANO, null)));
		assertThat(institutions.get(nagano[0]).regionName()).as("reading is open").isEqualTo("長野");
		assertThatThrownBy(() -> institutions.getForEdit(nagano[0])).as("the edit form is not")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void prefectureOnlyReads() {
		assertThatThrownBy(() -> institutions.register(input("試験保育所", InstitutionKind.NURSERY, MATSUMOTO, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(institutions.search(InstitutionFilter.none(), Pageable.ofSize(5))).isNotNull();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void retiredEntriesAreFoundOnlyWhenAskedFor() {
		UUID id = institutions.register(input("試験廃止予定ホーム", InstitutionKind.SHORT_STAY, MATSUMOTO, null));
		institutions.retire(id, institutions.get(id).version(), LocalDate.of(2026, 3, 31), "事業所の閉鎖");

		assertThat(names("試験廃止予定")).isEmpty();
		var all = institutions.search(new InstitutionFilter("試験廃止予定", null, null, null, null, List.of(), false, true),
				Pageable.ofSize(5));
		assertThat(all.getContent()).singleElement().satisfies(item -> assertThat(item.retired()).isTrue());
		assertThat(institutions.get(id).retiredReason()).isEqualTo("事業所の閉鎖");
		assertThatThrownBy(() -> institutions.retire(id, institutions.get(id).version(), LocalDate.of(2026, 4, 1), "再"))
			.isInstanceOf(IllegalStateException.class);

		institutions.reinstate(id, institutions.get(id).version());
		assertThat(names("試験廃止予定")).containsExactly("試験廃止予定ホーム");
	}

	private List<String> names(String text) {
		return institutions
			.search(new InstitutionFilter(text, null, null, null, null, List.of(), false), Pageable.ofSize(50))
			.map(InstitutionListItem::name)
			.getContent();
	}

	static InstitutionInput input(String name, InstitutionKind kind, String municipality, String officeNumber,
			CapabilityInput... capabilities) {
		String kana = name.startsWith("架空こども") ? "カクウコドモイリョウセンター" : "シケン";
		return new InstitutionInput(name, kana, kind, officeNumber, null, null, municipality, "0000-00-0001", null,
				null, 0, 18, null, WaitingStatus.ASK, LocalDate.of(2026, 4, 1), false, null,
				List.of(new ContactInput("見本 花子", "相談員", "0000-00-0002", null)), List.of(capabilities));
	}
}

package org.tsunagu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The registry on a real database (H2 and PostgreSQL): scope by 圏域, kana-insensitive search, versions,
 * duplicates, and every read in the audit log.
 */
@DatabaseTest
public class ChildRegistryIT {

	@Autowired
	ChildManagement children;

	@Autowired
	AuditQueries audit;

	@Autowired
	ChildMerging merging;

	@Autowired
	CareAssessmentManagement care;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void registersAChildInTheRegionOfItsMunicipality() {
		UUID id = children.register(child("試験", "シケン", "202029", "090-0000-1111"));

		ChildDetails stored = children.get(id);
		assertThat(stored.regionName()).isEqualTo("松本");
		assertThat(stored.municipalityName()).isEqualTo("松本市");
		assertThat(stored.family()).singleElement().satisfies(member -> assertThat(member.phone()).isEqualTo("09000001111"));
		assertThat(audit.findEntries(new AuditSearch(null, AuditAction.READ, "Child", id.toString(), null, null),
				Pageable.ofSize(10)))
			.isNotEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void findsKatakanaNamesFromHiraganaAndHalfWidthQueries() {
		children.register(child("例川", "レイカワ", "202011", null));

		assertThat(search("れいかわ")).extracting(ChildListItem::fullNameKana).contains("レイカワ ハナコ");
		assertThat(search("ﾚｲｶﾜ")).extracting(ChildListItem::fullNameKana).contains("レイカワ ハナコ");
		assertThat(search("例川")).isNotEmpty();
		assertThat(search("存在しない名前")).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void findsAnyPartOfTheNameOrKanaAndOneCharacterToo() {
		UUID id = children.register(child("索引", "サクイン", "202011", null));

		// The stored search text is 索引花子|さくいんはなこ: a word across family and given name, its end, one character.
		assertThat(search("いんはな")).extracting(ChildListItem::id).contains(id);
		assertThat(search("ハナコ")).extracting(ChildListItem::id).contains(id);
		assertThat(search("引花")).extracting(ChildListItem::id).contains(id);
		assertThat(search("索")).extracting(ChildListItem::id).contains(id);
		assertThat(search("さくいんはなこさ")).as("one character more than the name").isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void aRenamedChildIsFoundByItsNewNameAndNoLongerByItsOldOne() {
		UUID id = children.register(child("旧姓", "キュウセイ", "202011", null));
		children.update(id, children.get(id).version(), child("新姓", "シンセイ", "202011", null));

		assertThat(search("きゅうせい")).extracting(ChildListItem::id).doesNotContain(id);
		assertThat(search("旧姓")).extracting(ChildListItem::id).doesNotContain(id);
		assertThat(search("しんせい")).extracting(ChildListItem::id).contains(id);
		assertThat(search("新姓")).extracting(ChildListItem::id).contains(id);
		assertThat(children.findIds(new ChildFilter("しんせいはなこ", null, null, null, null, null, null), 50))
			.contains(id);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void findsTheIdsOfChildrenAWordNamesUpToTheLimitWithinTheScope() {
		UUID matsumoto = children.register(child("識川", "シキカワ", "202029", null));
		UUID ueda = children.register(child("識川", "シキカワ", "202037", null));
		ChildFilter named = new ChildFilter("しきかわ", null, null, null, null, null, null);

		assertThat(children.findIds(named, 50)).containsExactlyInAnyOrder(matsumoto, ueda);
		assertThat(children.findIds(named, 1)).hasSize(1).containsAnyOf(matsumoto, ueda);
		assertThat(children.findIds(new ChildFilter("存在しない名前", null, null, null, null, null, null), 50)).isEmpty();
		WithUser.run(Role.HEALTH_OFFICE, "松本",
				() -> assertThat(children.findIds(named, 50)).as("a 松本 health office sees its 圏域 only")
					.containsExactly(matsumoto));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void refusesAnUpdateBasedOnAnOlderVersion() {
		UUID id = children.register(child("仮山", "カリヤマ", "202029", null));
		long version = children.get(id).version();
		children.update(id, version, child("仮山", "カリヤマ", "202037", null));

		assertThatThrownBy(() -> children.update(id, version, child("仮山", "カリヤマ", "202045", null)))
			.isInstanceOf(StaleRecordException.class);
		assertThat(children.get(id).regionName()).isEqualTo("上小");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void warnsOfTheSameKanaAndBirthDateOrASharedPhone() {
		children.register(child("空野", "ソラノ", "202029", "090-0000-2222"));

		assertThat(children.findPossibleDuplicates(child("空野", "そらの", "202011", null))).hasSize(1);
		assertThat(children.findPossibleDuplicates(child("別名", "ベツメイ", "202011", "09000002222"))).hasSize(1);
		assertThat(children.findPossibleDuplicates(child("別名", "ベツメイ", "202011", "09000009999"))).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void filtersByTheCareItemsAndClassOfTheLatestAssessment() {
		UUID id = children.register(child("吸引", "キュウイン", "202029", null));
		care.record(id, new CareAssessmentInput(LocalDate.of(2024, 4, 1), null,
				List.of(new CareSelection(1, 0, CareLevel.HIGH)), List.of(), null));
		care.record(id, new CareAssessmentInput(LocalDate.of(2025, 4, 1), null,
				List.of(new CareSelection(5, 0, CareLevel.HIGH)), List.of(), null));

		assertThat(searchCare(5, null)).containsExactly(id);
		assertThat(searchCare(1, null)).as("only the latest assessment counts").isEmpty();
		assertThat(searchCare(null, CareClass.CLASS_1)).containsExactly(id);
		assertThat(searchCare(5, CareClass.CLASS_2)).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.NURSE)
	void recordingAnAssessmentLeavesTheChildsVersionSoAnOpenEditStillSaves() {
		UUID id = children.register(child("判定", "ハンテイ", "202029", null));
		long version = children.get(id).version();

		care.record(id, new CareAssessmentInput(LocalDate.of(2025, 4, 1), null,
				List.of(new CareSelection(5, 0, CareLevel.HIGH)), List.of(), null));

		assertThat(children.get(id).version()).isEqualTo(version);
		children.update(id, version, child("判定", "ハンテイ", "202011", null));
		assertThat(children.search(new ChildFilter("はんてい", null, null, null, null, null, null, 5, null),
				Pageable.ofSize(10)).map(ChildListItem::id).getContent()).containsExactly(id);
	}

	private List<UUID> searchCare(Integer item, CareClass careClass) {
		return children
			.search(new ChildFilter("きゅういん", null, null, null, null, null, null, item, careClass),
					Pageable.ofSize(10))
			.map(ChildListItem::id)
			.getContent();
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void importStoresNoChildWhenOneCannotBeStored() {
		List<ChildInput> inputs = List.of(child("全無", "ゼンム", "202029", null), child("全無", "ゼンム", "209999", null));

		assertThatThrownBy(() -> children.importAll(inputs)).isInstanceOf(IllegalArgumentException.class);

		WithUser.run(Role.CONSULTANT, null, () -> assertThat(search("ぜんむ")).isEmpty());
	}

	@Test
	void directorMergesTwoRecordsOfTheSameChildKeepingTheFamilyAndTheTrail() {
		UUID survivor = asConsultant(() -> children.register(child("統合", "トウゴウ", "202029", "090-0000-3333")));
		UUID merged = asConsultant(() -> children.register(child("統合", "トウゴウ", "202029", "090-0000-4444")));
		WithUser.run(Role.NURSE, null, () -> care.record(merged, new CareAssessmentInput(LocalDate.of(2025, 4, 1),
				"試験医師", List.of(new CareSelection(5, 0, CareLevel.HIGH)), List.of(), null)));

		WithUser.run(Role.CONSULTANT, null, () -> assertThatThrownBy(() -> merging.merge(merged, 0, survivor, 0))
			.isInstanceOf(AccessDeniedException.class));
		WithUser.run(Role.CENTER_DIRECTOR, null, () -> {
			merging.merge(merged, children.get(merged).version(), survivor, children.get(survivor).version());

			assertThatThrownBy(() -> children.get(merged))
				.isInstanceOf(org.tsunagu.shared.RecordNotFoundException.class);
			assertThat(children.get(survivor).family()).extracting(FamilyMemberInput::phone)
				.containsExactlyInAnyOrder("09000003333", "09000004444");
			assertThat(search("とうごう")).hasSize(1);
			assertThat(care.assessments(survivor)).as("linked records move to the survivor").hasSize(1);
			assertThat(children.search(new ChildFilter("とうごう", null, null, null, null, null, null, 5, CareClass.CLASS_1),
					Pageable.ofSize(10)).map(ChildListItem::id).getContent())
				.as("the moved assessment is the survivor's latest now")
				.containsExactly(survivor);
		});
		assertThat(audit.findEntries(new AuditSearch(null, AuditAction.DELETE, "Child", merged.toString(), null, null),
				Pageable.ofSize(5)))
			.isNotEmpty();
	}

	@Test
	void healthOfficeSeesOnlyItsOwnRegion() {
		UUID matsumoto = asConsultant(() -> children.register(child("想定", "ソウテイ", "202029", null)));
		UUID nagano = asConsultant(() -> children.register(child("想定", "ソウテイ", "202011", null)));

		WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			assertThat(children.get(matsumoto).regionName()).isEqualTo("松本");
			assertThatThrownBy(() -> children.get(nagano)).isInstanceOf(AccessDeniedException.class);
			assertThat(search("そうてい")).extracting(ChildListItem::regionName).containsOnly("松本");
			assertThatThrownBy(() -> children.register(child("想定", "ソウテイ", "202011", null)))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	@Test
	void institutionUsersSeeNoChildThatIsNotSharedWithThem() {
		UUID id = asConsultant(() -> children.register(child("模擬", "モギ", "202029", null)));

		WithUser.run(Role.INSTITUTION, null, () -> {
			assertThatThrownBy(() -> children.get(id)).isInstanceOf(AccessDeniedException.class);
			assertThat(search("もぎ")).isEmpty();
		});
	}

	private List<ChildListItem> search(String text) {
		return children.search(new ChildFilter(text, null, null, null, null, null, null), Pageable.ofSize(50))
			.getContent();
	}

	private static UUID asConsultant(java.util.function.Supplier<UUID> action) {
		UUID[] result = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> result[0] = action.get());
		return result[0];
	}

	static ChildInput child(String family, String kana, String municipality, String phone) {
		List<FamilyMemberInput> members = phone == null ? List.of()
				: List.of(new FamilyMemberInput(family + " 陽菜", null, "母", phone, null, true));
		return new ChildInput(family, "花子", kana, "ハナコ", LocalDate.of(2019, 5, 1), Sex.FEMALE, null, null,
				municipality, "脳性麻痺", null, null, null, null, null, null, null, false, members);
	}

	/** Runs a block as a logged-in user of the given role (a health office of the given 圏域). */
	public static final class WithUser {

		public static void run(Role role, String region, Runnable action) {
			var previous = SecurityContextHolder.getContext();
			var user = new CurrentUser(UUID.randomUUID(), "it-" + role.name().toLowerCase(), "試験 利用者", role,
					role == Role.HEALTH_OFFICE ? region : null,
					role == Role.INSTITUTION ? "架空訪問看護ステーションみほん" : null);
			var principal = new TsunaguPrincipal(user, null, true, false);
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				action.run();
			}
			finally {
				SecurityContextHolder.setContext(previous);
			}
		}
	}
}

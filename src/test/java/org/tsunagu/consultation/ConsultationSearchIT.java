package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Full-text search on a real database and a heap index (H2 and PostgreSQL): reading, kana and width folding,
 * the filters, the 圏域 of a health office, and the administrator's rebuild.
 */
@DatabaseTest
class ConsultationSearchIT {

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	ConsultationSearch search;

	@Autowired
	AuditQueries audit;

	@Autowired
	CaseManagement cases;

	@Autowired
	ChildManagement children;

	@Test
	void findsKanjiByTheirReadingKatakanaNamesFromHiraganaAndFoldsWidth() {
		UUID tracheotomy = as(Role.CONSULTANT, null, "見本 相談員",
				() -> consultations.record(call("（架空）気管切開後の入浴についての相談（検索試験Ａ）", "202029", "ケンサク タロウ",
						ConsultationTopic.DAILY_LIFE, "2026-06-01T01:00:00Z")));
		UUID digits = as(Role.CONSULTANT, null, "見本 相談員", () -> consultations
			.record(call("（架空）検索試験Ｂ：１２月から胃瘻の注入", "202029", null, ConsultationTopic.MEDICAL_CARE, "2026-06-02T01:00:00Z")));

		// The generator's consultations (NationalDatasetIT) mention 気管切開 too and are in the index once any suite
		// rebuilds it: look at this test's two days and its own two consultations only.
		List<UUID> own = List.of(tracheotomy, digits);
		Function<String, List<UUID>> june = text -> ids(query(text, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2), null,
				null)).stream().filter(own::contains).toList();
		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			assertThat(june.apply("きかんせっかい")).containsExactly(tracheotomy);
			assertThat(june.apply("ｷｶﾝｾｯｶｲ")).containsExactly(tracheotomy);
			assertThat(june.apply("けんさく たろう")).containsExactly(tracheotomy);
			assertThat(june.apply("ｹﾝｻｸ ﾀﾛｳ")).containsExactly(tracheotomy);
			assertThat(june.apply("けんさく")).containsExactlyInAnyOrder(tracheotomy, digits);
			assertThat(june.apply("12月")).containsExactly(digits);
			assertThat(june.apply("いろう")).containsExactly(digits);
			assertThat(june.apply("検索試験ｂ")).containsExactly(digits);
			assertThat(june.apply("気管切開 胃瘻")).isEmpty();
			return null;
		});
	}

	@Test
	void filtersByDateTopicChannelStatusAndOwner() {
		UUID first = as(Role.CONSULTANT, null, "見本 一郎", () -> consultations
			.record(call("（架空）フィルタシケン 就学の相談", "202029", null, ConsultationTopic.SCHOOLING, "2026-07-10T14:30:00Z")));
		UUID second = as(Role.NURSE, null, "見本 二郎", () -> consultations
			.record(call("（架空）フィルタシケン 災害時の電源", "202029", null, ConsultationTopic.DISASTER, "2026-07-10T23:00:00Z")));

		as(Role.CENTER_DIRECTOR, null, "見本 所長", () -> {
			// 14:30 UTC is the 10th in Japan, 23:00 UTC the 11th.
			assertThat(ids(query("ふぃるたしけん", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10), null, null))).containsExactly(first);
			assertThat(ids(query("ふぃるたしけん", null, null, ConsultationTopic.DISASTER, null))).containsExactly(second);
			assertThat(ids(query("ふぃるたしけん", null, null, null, "見本 一郎"))).containsExactly(first);
			assertThat(search.owners()).contains("見本 一郎", "見本 二郎");
			var byChannel = new ConsultationSearchQuery("ふぃるたしけん", null, null, null, ConsultationChannel.EMAIL, null,
					null, null);
			assertThat(ids(byChannel)).isEmpty();
			consultations.close(second, consultations.get(second).version());
			var closed = new ConsultationSearchQuery("ふぃるたしけん", null, null, null, null, null,
					ConsultationStatus.CLOSED, null);
			assertThat(ids(closed)).containsExactly(second);
			return null;
		});
	}

	@Test
	void listsTheBestMatchFirstUnlessNewestFirstIsAskedFor() {
		UUID older = as(Role.CONSULTANT, null, "見本 相談員", () -> consultations.record(call(
				"（架空）ナラビジュンシケン。ナラビジュンシケンのナラビジュンシケン", "202029", null, ConsultationTopic.OTHER,
				"2026-09-01T01:00:00Z")));
		UUID newer = as(Role.CONSULTANT, null, "見本 相談員", () -> consultations.record(call(
				"（架空）訪問看護と短期入所の利用について長く話し、最後にナラビジュンシケンの件にも触れた", "202029", null,
				ConsultationTopic.OTHER, "2026-09-02T01:00:00Z")));

		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			assertThat(ids(ConsultationSearchQuery.text("ならびじゅんしけん"))).containsExactly(older, newer);
			var newestFirst = new ConsultationSearchQuery("ならびじゅんしけん", null, null, null, null, null, null, null,
					SearchOrder.NEWEST);
			assertThat(ids(newestFirst)).containsExactly(newer, older);
			return null;
		});
	}

	@Test
	void aHealthOfficeFindsOnlyItsOwnRegionAndOtherRolesNothing() {
		UUID matsumoto = as(Role.CONSULTANT, null, "見本 相談員", () -> consultations
			.record(call("（架空）ポポロンケンイキ松本", "202029", null, ConsultationTopic.OTHER, "2026-08-01T01:00:00Z")));
		as(Role.CONSULTANT, null, "見本 相談員", () -> consultations
			.record(call("（架空）ポポロンケンイキ長野", "202011", null, ConsultationTopic.OTHER, "2026-08-01T01:00:00Z")));

		as(Role.HEALTH_OFFICE, "松本", "見本 保健所", () -> {
			assertThat(ids("ぽぽろんけんいき")).containsExactly(matsumoto);
			var otherRegion = new ConsultationSearchQuery("ぽぽろんけんいき", null, null, "長野", null, null, null, null);
			assertThat(ids(otherRegion)).isEmpty();
			assertThat(search.search(ConsultationSearchQuery.text(null), Pageable.ofSize(500)))
				.extracting(ConsultationSearchHit::regionName)
				.containsOnly("松本");
			return null;
		});
		as(Role.CLERK, null, "見本 事務", () -> {
			assertThatThrownBy(() -> search.search(ConsultationSearchQuery.text("ぽぽろんけんいき"), Pageable.ofSize(10)))
				.isInstanceOf(AccessDeniedException.class);
			return null;
		});
		as(Role.INSTITUTION, null, "見本 機関", () -> {
			assertThatThrownBy(() -> search.search(ConsultationSearchQuery.text("ぽぽろんけんいき"), Pageable.ofSize(10)))
				.isInstanceOf(AccessDeniedException.class);
			return null;
		});
	}

	@Test
	void anAdministratorRebuildsTheIndexFromTheDatabaseAndTheRebuildIsAudited() {
		UUID id = as(Role.CONSULTANT, null, "見本 相談員", () -> consultations
			.record(call("（架空）サイコウチクシケン", "202029", null, ConsultationTopic.OTHER, "2026-09-01T01:00:00Z")));

		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			assertThatThrownBy(() -> search.rebuildIndex()).isInstanceOf(AccessDeniedException.class);
			return null;
		});
		as(Role.ADMIN, null, "見本 管理者", () -> {
			long rebuilt = search.rebuildIndex();
			SearchIndexStatus status = search.indexStatus();
			assertThat(status.indexed()).isEqualTo(rebuilt).isEqualTo(status.stored());
			assertThat(audit.findEntries(new AuditSearch(null, AuditAction.UPDATE, "ConsultationSearchIndex", null, null, null),
					Pageable.ofSize(10)))
				.isNotEmpty();
			return null;
		});
		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			assertThat(ids("さいこうちくしけん")).containsExactly(id);
			return null;
		});
	}

	@Test
	void marksTheMatchedWordsInThePassageShown() {
		as(Role.CONSULTANT, null, "見本 相談員", () -> consultations.record(call(
				"（架空）ハイライト試験です。夜間の吸引回数が増えたので、往診医に相談したいとのこと。", "202029", null,
				ConsultationTopic.MEDICAL_CARE, "2026-06-03T01:00:00Z")));

		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			ConsultationSearchHit hit = search.search(ConsultationSearchQuery.text("ハイライト試験 吸引回数"), Pageable.ofSize(5))
				.getContent()
				.get(0);
			assertThat(hit.excerpt().parts()).filteredOn(SearchExcerpt.Part::match)
				.extracting(SearchExcerpt.Part::text)
				.containsExactly("ハイライト試験", "吸引回数");
			assertThat(hit.excerpt().text()).contains("夜間の");
			return null;
		});
	}

	@Test
	void findsCasesByTheirTimelineAndConsultationsAndCasesByTheLinkedChildsName() {
		UUID[] ids = as(Role.CONSULTANT, null, "見本 相談員", () -> {
			UUID child = children.register(new ChildInput("紐付", "七海", "ヒモツケ", "ナナミ", LocalDate.of(2020, 4, 1),
					Sex.FEMALE, null, null, "202029", "（架空）", null, null, null, null, null, null, null, false,
					List.of()));
			UUID consultation = consultations.record(new ConsultationInput(Instant.parse("2026-06-04T01:00:00Z"),
					ConsultationChannel.PHONE, ConsulterType.FAMILY, null, null, "202029", null, ChildLink.LINKED, child,
					Set.of(ConsultationTopic.MEDICAL_CARE), "（架空）通園先の相談", null, null));
			UUID kase = cases.open(consultation, null, CasePriority.NORMAL, null);
			cases.recordContact(kase, new ContactInput(LocalDate.of(2026, 6, 5), ConsultationChannel.PHONE,
					"（架空）みほん訪問看護", "（架空）胃瘻カテーテルの交換日を調整した（ケース索引試験）", null));
			return new UUID[] { consultation, kase };
		});

		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			assertThat(caseIds("けーすさくいんしけん")).containsExactly(ids[1]);
			assertThat(caseIds("かてーてる ひもつけ")).containsExactly(ids[1]);
			assertThat(caseIds("みほん訪問看護")).contains(ids[1]);
			assertThat(ids("ひもつけ ななみ")).containsExactly(ids[0]);
			assertThat(ids("紐付")).containsExactly(ids[0]);
			CaseSearchHit hit = search.searchCases(CaseSearchQuery.text("ケース索引試験"), Pageable.ofSize(5))
				.getContent()
				.get(0);
			assertThat(hit.excerpt().parts()).filteredOn(SearchExcerpt.Part::match)
				.extracting(SearchExcerpt.Part::text)
				.containsExactly("ケース索引試験");
			CaseSearchHit byTwoFields = search.searchCases(CaseSearchQuery.text("通園先 こうかんび"), Pageable.ofSize(5))
				.getContent()
				.get(0);
			assertThat(byTwoFields.excerpt().parts()).as("word in the title, other word read in a contact")
				.filteredOn(SearchExcerpt.Part::match)
				.extracting(SearchExcerpt.Part::text)
				.containsExactly("通園先");
			var closed = new CaseSearchQuery("けーすさくいんしけん", null, null, null, CaseStatus.CLOSED, null);
			assertThat(search.searchCases(closed, Pageable.ofSize(5))).isEmpty();
			return null;
		});
		as(Role.HEALTH_OFFICE, "長野", "見本 保健所", () -> {
			assertThat(caseIds("けーすさくいんしけん")).isEmpty();
			assertThat(ids("ひもつけ")).isEmpty();
			return null;
		});
		as(Role.HEALTH_OFFICE, "松本", "見本 保健所", () -> {
			assertThat(caseIds("ひもつけ")).containsExactly(ids[1]);
			return null;
		});
	}

	private List<UUID> caseIds(String text) {
		return search.searchCases(CaseSearchQuery.text(text), Pageable.ofSize(50)).map(CaseSearchHit::id).getContent();
	}

	private List<UUID> ids(String text) {
		return ids(ConsultationSearchQuery.text(text));
	}

	private List<UUID> ids(ConsultationSearchQuery query) {
		return search.search(query, Pageable.ofSize(50)).map(ConsultationSearchHit::id).getContent();
	}

	private static ConsultationSearchQuery query(String text, LocalDate from, LocalDate to, ConsultationTopic topic,
			String owner) {
		return new ConsultationSearchQuery(text, from, to, null, null, topic, null, owner);
	}

	static ConsultationInput call(String content, String municipality, String consulterName, ConsultationTopic topic,
			String receivedAt) {
		return new ConsultationInput(Instant.parse(receivedAt), ConsultationChannel.PHONE, ConsulterType.FAMILY,
				consulterName, null, municipality, null, ChildLink.UNKNOWN, null, Set.of(topic), content,
				"（架空）制度を案内した", null);
	}

	/** Runs as a user with the given role, 圏域 and display name (the owner of what they record). */
	static <T> T as(Role role, String region, String displayName, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext();
		var user = new CurrentUser(UUID.randomUUID(), "it-" + role.name().toLowerCase(), displayName, role,
				role == Role.HEALTH_OFFICE ? region : null, role == Role.INSTITUTION ? "架空訪問看護ステーション" : null);
		var principal = new TsunaguPrincipal(user, null, true, false);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}

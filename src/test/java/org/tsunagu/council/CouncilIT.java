package org.tsunagu.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The councils on a real database (H2 and PostgreSQL): set up from the reference data, tag lists per council,
 * member terms, the 圏域 boundary and the 地域課題 round trip.
 */
@DatabaseTest
public class CouncilIT {

	@Autowired
	CouncilManagement councils;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	ActionManagement actions;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void setsUpThePrefectureWideCouncilOneCouncilPerRegionAndTheInternalMeeting() {
		List<CouncilSummary> all = councils.councils();

		assertThat(all).filteredOn(c -> c.kind() == CouncilKind.PREFECTURE).hasSize(1);
		assertThat(all).filteredOn(c -> c.kind() == CouncilKind.REGION).hasSize(10)
			.extracting(CouncilSummary::regionName).contains("松本", "長野", "木曽");
		CouncilSummary matsumoto = region(all, "松本");
		assertThat(matsumoto.holder()).contains("保健福祉事務所");
		CouncilDetails internal = councils.get(kind(all, CouncilKind.INTERNAL).id());
		assertThat(internal.currentMembers()).hasSize(15).allSatisfy(m -> assertThat(m.departmentId()).isNotNull());
		assertThat(internal.currentMembers()).extracting(MemberView::organisation).contains("健康福祉部 障がい者支援課");
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void eachCouncilHasTheTopicsOfTheGuideline() {
		List<CouncilSummary> all = councils.councils();

		assertThat(councils.get(kind(all, CouncilKind.PREFECTURE).id()).topics()).extracting(CouncilTopic::code)
			.containsExactly("a", "b", "c", "d", "e");
		assertThat(councils.get(kind(all, CouncilKind.INTERNAL).id()).topics()).extracting(CouncilTopic::code)
			.containsExactly("ア", "イ", "ウ", "エ", "オ");
		assertThat(councils.get(kind(all, CouncilKind.INTERNAL).id()).topicLabel("ウ"))
			.contains("コーディネートする者の育成");
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "松本", username = "office-07-it")
	void aRegionSchedulesMeetingsTaggedWithItsTopicsOnlyAndNotInAnotherRegion() {
		List<CouncilSummary> all = councils.councils();
		assertThat(all).extracting(CouncilSummary::kind).containsOnly(CouncilKind.PREFECTURE, CouncilKind.REGION);
		UUID matsumoto = region(all, "松本").id();
		UUID meeting = meetings.schedule(matsumoto, input("試験 第9回"));
		long version = meetings.get(meeting).version();

		assertThatThrownBy(() -> meetings.addAgendaItem(meeting, version, new AgendaItemInput("議題", "ア", null)))
			.isInstanceOf(IllegalArgumentException.class);
		meetings.addAgendaItem(meeting, version, new AgendaItemInput("短期入所の状況", "a", "事務局"));
		assertThat(meetings.get(meeting).agenda()).singleElement()
			.satisfies(item -> assertThat(item.topicLabel()).contains("課題の把握"));
		assertThatThrownBy(() -> meetings.addAgendaItem(meeting, version, new AgendaItemInput("古い版", "b", null)))
			.isInstanceOf(StaleRecordException.class);

		UUID prefectureWide = kind(all, CouncilKind.PREFECTURE).id();
		assertThatThrownBy(() -> meetings.schedule(prefectureWide, input("試験"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "長野", username = "office-09-it")
	void aRegionCannotReadOrEditAnotherRegionsCouncil() {
		UUID matsumoto = matsumotoAsDirector();

		assertThatThrownBy(() -> councils.get(matsumoto)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> meetings.schedule(matsumoto, input("試験"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> councils.addMember(matsumoto, member(LocalDate.of(2026, 4, 1), null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> actions.raiseIssue(matsumoto, new IssueInput("試験", "試験")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "木曽", username = "office-06-it")
	void keepsTheHistoryOfWhoWasAMemberWhen() {
		UUID kiso = region(councils.councils(), "木曽").id();
		UUID left = councils.addMember(kiso, member(LocalDate.of(2024, 4, 1), null));
		UUID joined = councils.addMember(kiso, member(LocalDate.of(2025, 4, 1), null));
		long version = councils.get(kiso).members().stream().filter(m -> m.id().equals(left)).findFirst().orElseThrow()
			.version();

		councils.endMembership(left, version, LocalDate.of(2025, 3, 31));

		assertThat(councils.membersOn(kiso, LocalDate.of(2024, 10, 1))).extracting(MemberView::id).contains(left)
			.doesNotContain(joined);
		assertThat(councils.membersOn(kiso, LocalDate.of(2025, 10, 1))).extracting(MemberView::id).contains(joined)
			.doesNotContain(left);
		assertThat(councils.get(kiso).members()).extracting(MemberView::id).contains(left, joined);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "佐久", username = "office-01-it")
	void storesAMaterialAndHandsItOutWithItsCheckedType() {
		UUID saku = region(councils.councils(), "佐久").id();
		UUID meeting = meetings.schedule(saku, input("試験 資料の会"));
		byte[] pdf = "%PDF-1.4 試験".getBytes(StandardCharsets.UTF_8);

		UUID material = meetings.uploadMaterial(meeting, null, "資料1.pdf", pdf);

		Download download = meetings.material(material);
		assertThat(download.content()).isEqualTo(pdf);
		assertThat(download.contentType()).isEqualTo("application/pdf");
		assertThat(meetings.get(meeting).materials()).extracting(MaterialView::fileName).containsExactly("資料1.pdf");
		assertThat(meetings.notice(meeting).content()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		assertThat(new String(meetings.invitation(meeting).content(), StandardCharsets.UTF_8)).contains("BEGIN:VEVENT");
	}

	@Test
	void aRegionalIssueReachesThePrefectureWideAgendaAndTheAnswerFlowsBack() {
		UUID issue = TestUsers.as(Role.HEALTH_OFFICE, "上小", () -> {
			UUID joshou = region(councils.councils(), "上小").id();
			return actions.raiseIssue(joshou, new IssueInput("試験 圏域の課題", "（試験）説明"));
		});
		UUID meeting = TestUsers.as(Role.PREFECTURE, null, () -> {
			assertThat(actions.proposals()).extracting(RegionalIssueView::id).contains(issue);
			UUID prefectureWide = kind(councils.councils(), CouncilKind.PREFECTURE).id();
			UUID next = meetings.schedule(prefectureWide, input("試験 全県会議"));
			RegionalIssueView proposed = find(actions.proposals(), issue);
			actions.putOnAgenda(issue, proposed.version(), next);
			assertThat(meetings.get(next).agenda()).singleElement()
				.satisfies(item -> assertThat(item.regionalIssueId()).isEqualTo(issue));
			assertThat(actions.proposals()).extracting(RegionalIssueView::id).doesNotContain(issue);
			RegionalIssueView onAgenda = find(actions.issuesOf(prefectureWide), issue);
			actions.answer(issue, onAgenda.version(), "（試験）県で検討します。");
			return next;
		});
		TestUsers.as(Role.HEALTH_OFFICE, "上小", () -> {
			UUID joshou = region(councils.councils(), "上小").id();
			RegionalIssueView answered = find(actions.issuesOf(joshou), issue);
			assertThat(answered.status()).isEqualTo(IssueStatus.ANSWERED);
			assertThat(answered.answer()).isEqualTo("（試験）県で検討します。");
			assertThat(answered.prefectureMeetingId()).isEqualTo(meeting);
			assertThatThrownBy(() -> actions.answer(issue, answered.version(), "横取り"))
				.isInstanceOf(AccessDeniedException.class);
			return null;
		});
	}

	@Test
	void actionsStayOpenAcrossMeetingsAndOverdueOnesComeFirst() {
		TestUsers.as(Role.HEALTH_OFFICE, "諏訪", () -> {
			UUID suwa = region(councils.councils(), "諏訪").id();
			UUID meeting = meetings.schedule(suwa, input("試験 宿題の会"));
			UUID item = meetings.addAgendaItem(meeting, meetings.get(meeting).version(),
					new AgendaItemInput("試験 議題", "b", null));
			UUID late = actions.addAction(meeting, item,
					new ActionInput("試験 遅れた宿題", "諏訪保健福祉事務所", JapaneseDates.today().minusDays(3)));
			UUID later = actions.addAction(meeting, item,
					new ActionInput("試験 先の宿題", "試験機関", JapaneseDates.today().plusDays(30)));
			meetings.schedule(suwa, input("試験 次の会"));

			List<ActionView> board = actions.actions(suwa, false);
			assertThat(board).extracting(ActionView::id).containsSubsequence(late, later);
			assertThat(findAction(board, late).overdue()).isTrue();
			actions.changeStatus(later, findAction(board, later).version(), ActionStatus.DONE);
			assertThat(actions.actions(suwa, false)).extracting(ActionView::id).doesNotContain(later);
			assertThat(actions.actions(suwa, true)).extracting(ActionView::id).contains(later);
			return null;
		});
	}

	private UUID matsumotoAsDirector() {
		return TestUsers.as(Role.CENTER_DIRECTOR, null, () -> region(councils.councils(), "松本").id());
	}

	static MeetingInput input(String title) {
		return new MeetingInput(title, JapaneseDates.today().plusDays(14), LocalTime.of(14, 0), LocalTime.of(16, 0),
				"試験会議室", null);
	}

	static MemberInput member(LocalDate from, LocalDate to) {
		return new MemberInput("試験 委員", "試験こども医療センター", null, MemberField.MEDICAL, MemberRole.MEMBER, from, to,
				null);
	}

	static CouncilSummary region(List<CouncilSummary> all, String name) {
		return all.stream().filter(c -> name.equals(c.regionName())).findFirst().orElseThrow();
	}

	static CouncilSummary kind(List<CouncilSummary> all, CouncilKind kind) {
		return all.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
	}

	static RegionalIssueView find(List<RegionalIssueView> issues, UUID id) {
		return issues.stream().filter(issue -> issue.id().equals(id)).findFirst().orElseThrow();
	}

	static ActionView findAction(List<ActionView> board, UUID id) {
		return board.stream().filter(action -> action.id().equals(id)).findFirst().orElseThrow();
	}
}

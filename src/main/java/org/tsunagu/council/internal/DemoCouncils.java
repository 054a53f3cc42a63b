package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.ActionInput;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.AgendaItemInput;
import org.tsunagu.council.AttendanceInput;
import org.tsunagu.council.AttendanceStatus;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.IssueInput;
import org.tsunagu.council.MeetingInput;
import org.tsunagu.council.MemberField;
import org.tsunagu.council.MemberRole;
import org.tsunagu.shared.FictionalNames;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo councils: members for the 全県会議 and every 圏域会議 (one 松本 member is the demo 関係機関
 * 架空訪問看護ステーションみほん, so institution1 sees that council), fictional contacts for the 庁内 departments,
 * a past and an upcoming meeting for the 全県会議, the 庁内連携会議 and the 圏域 of 松本, 長野 and 佐久, open
 * actions (some overdue) and one 地域課題 from 松本 waiting for the 全県会議. Created once.
 */
@Component
@Order(86)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoCouncils implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoCouncils.class);

	static final String DEMO_INSTITUTION = "架空訪問看護ステーションみほん";

	private static final Set<String> REGIONS_WITH_MEETINGS = Set.of("松本", "長野", "佐久");

	private final CouncilRepository councils;

	private final CouncilMemberRepository members;

	private final MeetingRepository meetings;

	private final ActionItemRepository actions;

	private final RegionalIssueRepository issues;

	private final AuditLog audit;

	private final long seed;

	DemoCouncils(CouncilRepository councils, CouncilMemberRepository members, MeetingRepository meetings,
			ActionItemRepository actions, RegionalIssueRepository issues, AuditLog audit,
			@Value("${tsunagu.demo.seed}") long seed) {
		this.councils = councils;
		this.members = members;
		this.meetings = meetings;
		this.actions = actions;
		this.issues = issues;
		this.audit = audit;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (meetings.count() > 0) {
			return;
		}
		FictionalNames names = new FictionalNames(seed + 86);
		LocalDate today = JapaneseDates.today();
		LocalDate termFrom = LocalDate.of(CouncilService.fiscalYear(today) - 1, 4, 1);
		int count = 0;
		for (Council council : councils.findAllByOrderBySortOrder()) {
			if (council.getKind() == CouncilKind.INTERNAL) {
				nameDepartmentContacts(council, names);
			}
			else {
				addMembers(council, names, termFrom);
			}
			if (council.getKind() != CouncilKind.REGION || REGIONS_WITH_MEETINGS.contains(council.getRegionName())) {
				addMeetings(council, today);
				count++;
			}
		}
		councils.findByKindAndRegionName(CouncilKind.REGION, "松本")
			.ifPresent(matsumoto -> issues.save(new RegionalIssue(matsumoto.getId(), new IssueInput(
					"人工呼吸器を使う子の短期入所先が圏域内に不足している",
					"（見本）松本圏域では人工呼吸器に対応する短期入所の受け入れ先が限られ、家族のレスパイトが難しい。"
							+ "全県で受け入れ施設の拡充と広域利用の調整を検討してほしい。"),
					today.minusDays(20))));
		audit.record(AuditAction.CREATE, CouncilGate.TARGET, null, "demo data: meetings of " + count + " councils");
		LOG.info("Demo councils: meetings for {} councils", count);
	}

	private void nameDepartmentContacts(Council council, FictionalNames names) {
		for (CouncilMember member : members.findByCouncilIdOrderByTermFromAscPersonNameAsc(council.getId())) {
			member.changeContact(names.next().kanji(), "0000-00-0000（内線 見本）");
		}
	}

	private void addMembers(Council council, FictionalNames names, LocalDate termFrom) {
		String place = council.getRegionName() == null ? "長野県" : council.getRegionName();
		List<Object[]> seats = List.of(new Object[] { "架空" + place + "こども医療センター", MemberField.MEDICAL, MemberRole.CHAIR },
				new Object[] { "見本" + place + "相談支援事業所", MemberField.WELFARE, MemberRole.VICE_CHAIR },
				new Object[] { "試験" + place + "特別支援学校", MemberField.EDUCATION, MemberRole.MEMBER },
				new Object[] { "架空" + place + "保育園", MemberField.CHILDCARE, MemberRole.MEMBER },
				new Object[] { "見本" + place + "公共職業安定所", MemberField.LABOUR, MemberRole.MEMBER },
				new Object[] { council.getHolder(), MemberField.ADMINISTRATION, MemberRole.SECRETARIAT },
				new Object[] { "長野県医療的ケア児等支援センター", MemberField.SUPPORT_CENTER, MemberRole.MEMBER });
		for (Object[] seat : seats) {
			members.save(new CouncilMember(council.getId(), names.next().kanji(), (String) seat[0], null,
					(MemberField) seat[1], (MemberRole) seat[2], termFrom, null, "0000-00-0000"));
		}
		if ("松本".equals(council.getRegionName())) {
			members.save(new CouncilMember(council.getId(), names.next().kanji(), DEMO_INSTITUTION, null,
					MemberField.MEDICAL, MemberRole.MEMBER, termFrom, null, "0000-00-0001"));
			// A member who left: listed for the dates of the term, not on today's list.
			members.save(new CouncilMember(council.getId(), names.next().kanji(), "見本松本訪問看護ステーション", null,
					MemberField.MEDICAL, MemberRole.MEMBER, termFrom, termFrom.plusMonths(11), "0000-00-0002"));
		}
	}

	private void addMeetings(Council council, LocalDate today) {
		String code = council.getTopics().get(0).code();
		String second = council.getTopics().get(1).code();
		Meeting past = new Meeting(council.getId(), new MeetingInput("（見本）第1回 " + council.getName(),
				today.minusDays(45), LocalTime.of(14, 0), LocalTime.of(16, 0), council.getHolder() + " 会議室", null));
		AgendaItem situation = past.addAgendaItem(new AgendaItemInput("圏域内の医療的ケア児等の状況について", code, "事務局"), null);
		AgendaItem work = past.addAgendaItem(new AgendaItemInput("支援に向けた取組の報告", second, "支援センター"), null);
		past.recordAttendance(members.findByCouncilIdOrderByTermFromAscPersonNameAsc(council.getId())
			.stream()
			.filter(m -> m.isMemberOn(past.getHeldOn()))
			.map(m -> new AttendanceInput(m.getId(), m.getRole() == MemberRole.MEMBER && m.getField() == MemberField.LABOUR
					? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null))
			.toList());
		past.markNoticeSent(today.minusDays(70));
		past.writeMinutes("（見本）議事録\n1 状況について事務局から報告し、意見交換を行った。\n2 取組について支援センターから報告した。");
		past.checkMinutes();
		past.approveMinutes();
		past.writePublicSummary("（見本）医療的ケア児等の状況と支援に向けた取組について意見交換を行いました。");
		past.publishSummary();
		meetings.save(past);
		Meeting next = new Meeting(council.getId(), new MeetingInput("（見本）第2回 " + council.getName(),
				today.plusDays(30), LocalTime.of(13, 30), LocalTime.of(15, 30), council.getHolder() + " 会議室",
				"https://example.invalid/meeting"));
		next.addAgendaItem(new AgendaItemInput("前回の宿題事項の確認", code, "事務局"), null);
		meetings.save(next);
		ActionItem overdue = new ActionItem(council.getId(), past.getId(), situation.getId(),
				new ActionInput("（見本）実態把握の調査票を各市町村に送付する", council.getHolder(), today.minusDays(10)));
		ActionItem open = new ActionItem(council.getId(), past.getId(), work.getId(),
				new ActionInput("（見本）受け入れ可能な事業所の一覧を更新する", "長野県医療的ケア児等支援センター", today.plusDays(20)));
		ActionItem done = new ActionItem(council.getId(), past.getId(), work.getId(),
				new ActionInput("（見本）研修の案内を構成員に送る", council.getHolder(), today.minusDays(30)));
		done.changeStatus(ActionStatus.DONE, today.minusDays(32));
		actions.saveAll(List.of(overdue, open, done));
	}
}

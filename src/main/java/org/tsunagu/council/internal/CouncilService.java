package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.CouncilDetails;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.CouncilSummary;
import org.tsunagu.council.MemberInput;
import org.tsunagu.council.MemberView;
import org.tsunagu.council.TopicCoverage;
import org.tsunagu.reference.DepartmentView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The council use cases: reading by role, 圏域 and membership; members with terms; the 年度 coverage of the
 * 会議事項. Changes are audited.
 */
@Service
@Transactional
class CouncilService implements CouncilManagement {

	static final String MEMBER = "CouncilMember";

	private final CouncilGate gate;

	private final CouncilMemberRepository members;

	private final MeetingRepository meetings;

	private final ReferenceData reference;

	private final AuditLog audit;

	CouncilService(CouncilGate gate, CouncilMemberRepository members, MeetingRepository meetings,
			ReferenceData reference, AuditLog audit) {
		this.gate = gate;
		this.members = members;
		this.meetings = meetings;
		this.reference = reference;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CouncilSummary> councils() {
		return gate.readableCouncils().stream().map(c -> CouncilViews.summary(c, gate.mayManage(c))).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public CouncilDetails get(UUID councilId) {
		Council council = gate.readable(councilId);
		return CouncilViews.details(council, members.findByCouncilIdOrderByTermFromAscPersonNameAsc(councilId),
				JapaneseDates.today(), gate.mayManage(council));
	}

	@Override
	public UUID addMember(UUID councilId, MemberInput input) {
		Council council = gate.manageable(councilId);
		String organisation = input.organisation() == null ? "" : input.organisation();
		if (input.departmentId() != null) {
			if (council.getKind() != CouncilKind.INTERNAL) {
				throw new IllegalArgumentException("Only the 庁内連携会議 has department members");
			}
			organisation = department(input.departmentId()).label();
		}
		if (organisation.isBlank()) {
			throw new IllegalArgumentException("A member needs an organisation or department");
		}
		CouncilMember member = members.save(new CouncilMember(councilId, input.personName(), organisation,
				input.departmentId(), input.field(), input.role(), input.termFrom(), input.termTo(), input.contact()));
		audit.record(AuditAction.CREATE, MEMBER, member.getId().toString(), "council=" + councilId);
		return member.getId();
	}

	@Override
	public void endMembership(UUID memberId, long version, LocalDate lastDay) {
		CouncilMember member = members.findById(memberId)
			.orElseThrow(() -> new RecordNotFoundException(MEMBER, memberId));
		gate.manageable(member.getCouncilId());
		member.checkVersion(version);
		member.endTerm(lastDay);
		audit.record(AuditAction.UPDATE, MEMBER, memberId.toString(), "term ended " + lastDay);
	}

	@Override
	public void changeContact(UUID memberId, long version, String personName, String contact) {
		CouncilMember member = members.findById(memberId)
			.orElseThrow(() -> new RecordNotFoundException(MEMBER, memberId));
		gate.manageable(member.getCouncilId());
		member.checkVersion(version);
		member.changeContact(personName, contact);
		audit.record(AuditAction.UPDATE, MEMBER, memberId.toString(), "contact changed");
	}

	@Override
	@Transactional(readOnly = true)
	public List<MemberView> membersOn(UUID councilId, LocalDate day) {
		gate.readable(councilId);
		return members.findByCouncilIdOrderByTermFromAscPersonNameAsc(councilId)
			.stream()
			.filter(member -> member.isMemberOn(day))
			.map(member -> CouncilViews.member(member, day))
			.toList();
	}

	@Override
	public void changeSettings(UUID councilId, long version, String holder, boolean supportCouncilSection) {
		Council council = gate.manageable(councilId);
		council.checkVersion(version);
		council.changeSettings(holder, supportCouncilSection);
		audit.record(AuditAction.UPDATE, CouncilGate.TARGET, councilId.toString(),
				"holder=" + holder + " section=" + supportCouncilSection);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TopicCoverage> coverage(UUID councilId, int fiscalYear) {
		Council council = gate.readable(councilId);
		LocalDate from = LocalDate.of(fiscalYear, 4, 1);
		Map<String, Long> counts = meetings.findByCouncilIdAndHeldOnBetween(councilId, from, from.plusYears(1).minusDays(1))
			.stream()
			.flatMap(meeting -> meeting.getAgenda().stream())
			.collect(Collectors.groupingBy(AgendaItem::getTopicCode, Collectors.counting()));
		return council.getTopics()
			.stream()
			.map(topic -> new TopicCoverage(topic.code(), topic.label(), counts.getOrDefault(topic.code(), 0L).intValue()))
			.toList();
	}

	/** The 年度 a day belongs to (April to March). */
	static int fiscalYear(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
	}

	private DepartmentView department(UUID id) {
		return reference.departments(true)
			.stream()
			.filter(d -> d.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown department " + id));
	}
}

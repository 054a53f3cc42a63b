package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.HandoverAlert;
import org.tsunagu.registry.LifeStage;
import org.tsunagu.registry.LifeStageManagement;
import org.tsunagu.registry.LifeStageTimeline;
import org.tsunagu.registry.SchoolAge;
import org.tsunagu.registry.TransitionItemView;
import org.tsunagu.registry.TransitionNotApplicableException;
import org.tsunagu.registry.TransitionReferralInput;
import org.tsunagu.registry.TransitionTopic;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.shared.StaleRecordException;

/**
 * Life stages and 移行期: scope-checked through the child and audited.
 */
@Service
@Transactional
class LifeStageService implements LifeStageManagement {

	/** The version a referral that does not exist yet is read at. */
	static final long NO_REFERRAL = -1;

	static final String TARGET = "LifeStage";

	private final ChildRepository children;

	private final LifeStageEventRepository events;

	private final TransitionItemRepository items;

	private final TransitionReferralRepository referrals;

	private final ChildAccessPolicy access;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final LifeStageSettings settings;

	private final StageCalendar calendar;

	LifeStageService(ChildRepository children, LifeStageEventRepository events, TransitionItemRepository items,
			TransitionReferralRepository referrals, ChildAccessPolicy access, ReferenceData reference, AuditLog audit,
			LifeStageSettings settings) {
		this.children = children;
		this.events = events;
		this.items = items;
		this.referrals = referrals;
		this.access = access;
		this.reference = reference;
		this.audit = audit;
		this.settings = settings;
		this.calendar = new StageCalendar(settings);
	}

	@Override
	@Transactional(readOnly = true)
	public LifeStageTimeline timeline(UUID childId) {
		Child child = load(childId);
		access.checkReadable(child);
		audit.record(AuditAction.READ, TARGET, childId.toString(), null);
		LocalDate today = JapaneseDates.today();
		var entries = Timelines.merge(calendar.expected(child.getBirthDate()), events.findByChildId(childId), today);
		boolean transition = transitionApplies(child);
		Map<TransitionTopic, TransitionItem> stored = items.findByChildId(childId)
			.stream()
			.collect(Collectors.toMap(TransitionItem::getTopic, item -> item));
		List<TransitionItemView> checklist = new ArrayList<>();
		for (TransitionTopic topic : TransitionTopic.values()) {
			TransitionItem item = stored.get(topic);
			checklist.add(new TransitionItemView(topic, item != null && item.isDone(), item == null ? null : item.getDoneOn()));
		}
		Optional<TransitionReferral> referral = referrals.findByChildId(childId);
		return new LifeStageTimeline(childId, entries, transition, checklist,
				referral.map(TransitionReferral::toInput).orElse(null),
				referral.map(TransitionReferral::getVersion).orElse(NO_REFERRAL));
	}

	@Override
	public void recordEvent(UUID childId, LifeStage stage, @Nullable LocalDate plannedDate, LocalDate actualDate,
			@Nullable String notes) {
		Child child = load(childId);
		access.checkEditable(child);
		LifeStageEvent event = events.findByChildId(childId)
			.stream()
			.filter(e -> e.getStage() == stage && (stage != LifeStage.PROGRESSION
					|| java.util.Objects.equals(e.getPlannedDate(), plannedDate)))
			.findFirst()
			.orElseGet(() -> new LifeStageEvent(childId, stage, plannedDate));
		event.happened(actualDate, notes, JapaneseDates.today());
		events.save(event);
		audit.record(AuditAction.UPDATE, TARGET, childId.toString(), "stage=" + stage);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HandoverAlert> alerts() {
		Specification<Child> spec = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		List<Child> scoped = children.findAll(spec.and(ChildSpecifications.within(CurrentUsers.require().scope(), JapaneseDates.today())));
		Map<UUID, List<LifeStageEvent>> recorded = events.findByChildIdIn(scoped.stream().map(Child::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(LifeStageEvent::getChildId));
		Map<String, String> names = reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a));
		HandoverAlerts due = new HandoverAlerts(calendar);
		LocalDate today = JapaneseDates.today();
		List<HandoverAlert> alerts = new ArrayList<>();
		for (Child child : scoped) {
			List<ExpectedStage> expected = calendar.expected(child.getBirthDate());
			List<String> done = recorded.getOrDefault(child.getId(), List.of()).stream()
				.flatMap(event -> Timelines.keyOf(event, expected).stream())
				.toList();
			due.due(child.getBirthDate(), done, today).forEach(stage -> alerts.add(new HandoverAlert(child.getId(),
					child.getFamilyName() + " " + child.getGivenName(), child.getRegionName(),
					names.getOrDefault(child.getMunicipalityCode(), child.getMunicipalityCode()), stage.stage(),
					stage.labelKey(), stage.alertFrom(), stage.date())));
		}
		alerts.sort(Comparator.comparing(HandoverAlert::date).thenComparing(HandoverAlert::fullName));
		audit.record(AuditAction.READ, TARGET, null, "handover alerts: " + alerts.size());
		return alerts;
	}

	@Override
	public void recordChecklistItem(UUID childId, TransitionTopic topic, boolean done, @Nullable LocalDate doneOn) {
		checkTransition(childId);
		TransitionItem item = items.findByChildId(childId)
			.stream()
			.filter(i -> i.getTopic() == topic)
			.findFirst()
			.orElseGet(() -> new TransitionItem(childId, topic));
		item.mark(done, doneOn, JapaneseDates.today());
		items.save(item);
		audit.record(AuditAction.UPDATE, TARGET, childId.toString(), "transition " + topic + "=" + done);
	}

	@Override
	public void saveReferral(UUID childId, long version, TransitionReferralInput input) {
		checkTransition(childId);
		Optional<TransitionReferral> stored = referrals.findByChildId(childId);
		if (stored.isPresent()) {
			stored.get().checkVersion(version);
		}
		else if (version != NO_REFERRAL) {
			// Read when it existed, but it is gone: someone else changed the child's records meanwhile.
			throw new StaleRecordException("TransitionReferral", childId, version, NO_REFERRAL);
		}
		TransitionReferral referral = stored.orElseGet(() -> new TransitionReferral(childId));
		referral.apply(input);
		referrals.save(referral);
		audit.record(stored.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, TARGET, childId.toString(),
				"referral outcome=" + input.outcome());
	}

	private void checkTransition(UUID childId) {
		Child child = load(childId);
		access.checkEditable(child);
		if (!transitionApplies(child)) {
			throw new TransitionNotApplicableException(childId,
					SchoolAge.of(child.getBirthDate(), JapaneseDates.today()).age());
		}
	}

	private boolean transitionApplies(Child child) {
		return SchoolAge.of(child.getBirthDate(), JapaneseDates.today()).age() >= settings.transitionAge();
	}

	private Child load(UUID childId) {
		return children.findActive(childId).orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, childId));
	}
}

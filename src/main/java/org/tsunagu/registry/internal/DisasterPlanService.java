package org.tsunagu.registry.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.DisasterPlanManagement;
import org.tsunagu.registry.DisasterPlanView;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.PlanAttention;
import org.tsunagu.registry.PowerDependentChild;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.shared.StaleRecordException;

/**
 * Disaster plans: scope-checked through the child, audited, versioned. Care summaries come from the care
 * assessment part of the module; while it is absent no child counts as power-dependent.
 */
@Service
@Transactional
class DisasterPlanService implements DisasterPlanManagement {

	static final String TARGET = "DisasterPlan";

	private final ChildRepository children;

	private final DisasterPlanRepository plans;

	private final ChildAccessPolicy access;

	private final ObjectProvider<CareSummaries> careSummaries;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final PlanReviewRule rule;

	DisasterPlanService(ChildRepository children, DisasterPlanRepository plans, ChildAccessPolicy access,
			ObjectProvider<CareSummaries> careSummaries, ReferenceData reference, AuditLog audit,
			DisasterPlanSettings settings) {
		this.children = children;
		this.plans = plans;
		this.access = access;
		this.careSummaries = careSummaries;
		this.reference = reference;
		this.audit = audit;
		this.rule = new PlanReviewRule(settings.reviewAfterDays());
	}

	@Override
	@Transactional(readOnly = true)
	public DisasterPlanView get(UUID childId) {
		access.checkReadable(loadChild(childId));
		audit.record(AuditAction.READ, TARGET, childId.toString(), null);
		return plans.findByChildId(childId)
			.map(plan -> new DisasterPlanView(childId, plan.getVersion(), plan.toInput(), plan.getUpdatedAt(),
					plan.getUpdatedBy()))
			.orElseGet(() -> new DisasterPlanView(childId, DisasterPlanView.NEW, empty(), null, null));
	}

	@Override
	public long save(UUID childId, long version, DisasterPlanInput input) {
		access.checkEditable(loadChild(childId));
		Optional<DisasterPlan> stored = plans.findByChildId(childId);
		if (stored.isEmpty()) {
			if (version != DisasterPlanView.NEW) {
				throw new StaleRecordException(TARGET, childId, version, DisasterPlanView.NEW);
			}
			DisasterPlan plan = plans.saveAndFlush(new DisasterPlan(childId, input));
			audit.record(AuditAction.CREATE, TARGET, childId.toString(), "status=" + input.municipalityPlanStatus());
			return plan.getVersion();
		}
		DisasterPlan plan = stored.get();
		plan.checkVersion(version);
		plan.apply(input);
		plans.flush();
		audit.record(AuditAction.UPDATE, TARGET, childId.toString(), "status=" + input.municipalityPlanStatus());
		return plan.getVersion();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PowerDependentChild> powerDependent(@Nullable String region, @Nullable String municipalityCode) {
		CareSummaries summaries = careSummaries.getIfAvailable();
		if (summaries == null) {
			return List.of();
		}
		List<Child> candidates = children.findAll(scoped(region, municipalityCode)).stream()
			.filter(child -> summaries.latest(child.getId()).map(CareSummary::powerDependent).orElse(false))
			.toList();
		Map<UUID, DisasterPlan> byChild = plans.findByChildIdIn(candidates.stream().map(Child::getId).toList())
			.stream()
			.collect(Collectors.toMap(DisasterPlan::getChildId, Function.identity()));
		Map<String, String> names = municipalityNames();
		// The prefecture's own order of its 圏域 (as in its reference file), not the order of their names.
		Map<String, Integer> regionOrder = reference.regions(true)
			.stream()
			.collect(Collectors.toMap(RegionView::name, RegionView::sortOrder));
		List<PowerDependentChild> listed = candidates.stream()
			.flatMap(child -> attention(child, byChild.get(child.getId()), names).stream())
			.sorted(Comparator.<PowerDependentChild>comparingInt(c -> regionOrder.getOrDefault(c.regionName(), 0))
				.thenComparing(PowerDependentChild::municipalityCode)
				.thenComparing(PowerDependentChild::fullName))
			.toList();
		audit.record(AuditAction.READ, TARGET, null, "power-dependent list: " + listed.size() + " children");
		return listed;
	}

	private Optional<PowerDependentChild> attention(Child child, @Nullable DisasterPlan plan,
			Map<String, String> names) {
		MunicipalityPlanStatus status = plan == null ? null : plan.getMunicipalityPlanStatus();
		var lastLooked = plan == null ? null : plan.lastLookedAt();
		Optional<PlanAttention> reason = rule.attention(status, lastLooked, JapaneseDates.today());
		return reason.map(why -> new PowerDependentChild(child.getId(),
				child.getFamilyName() + " " + child.getGivenName(), child.getRegionName(), child.getMunicipalityCode(),
				names.getOrDefault(child.getMunicipalityCode(), child.getMunicipalityCode()), why, lastLooked));
	}

	private static Specification<Child> scoped(@Nullable String region, @Nullable String municipalityCode) {
		Specification<Child> spec = (root, query, cb) -> cb.isNull(root.get("deletedAt"));
		spec = spec.and(ChildSpecifications.within(CurrentUsers.require().scope(), JapaneseDates.today()));
		if (region != null && !region.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("regionName"), region));
		}
		if (municipalityCode != null && !municipalityCode.isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("municipalityCode"), municipalityCode));
		}
		return spec;
	}

	private Child loadChild(UUID childId) {
		return children.findActive(childId).orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, childId));
	}

	private Map<String, String> municipalityNames() {
		return reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a));
	}

	/** The content of a plan not yet written. */
	static DisasterPlanInput empty() {
		return new DisasterPlanInput(MunicipalityPlanStatus.NOT_STARTED, null, null, null, null, false, null, null,
				null, List.of(), null, null, null);
	}
}

package org.tsunagu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.internal.CareSummaries;
import org.tsunagu.registry.internal.CareSummary;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Disaster plans, life stages and the transition part on a real database (H2 and PostgreSQL).
 */
@DatabaseTest
class DisasterPlanIT {

	@Autowired
	ChildManagement children;

	@Autowired
	DisasterPlanManagement plans;

	@Autowired
	LifeStageManagement stages;

	@MockitoBean
	CareSummaries careSummaries;

	@BeforeEach
	void everyChildDependsOnPower() {
		given(careSummaries.latest(any())).willReturn(Optional.of(new CareSummary(LocalDate.of(2026, 1, 1), 20,
				"registry.careClass.CLASS_2", List.of(), List.of("人工呼吸器（架空）"), true)));
	}

	@Test
	void aRecordedPlanTakesTheChildOffTheWorkList() {
		UUID id = register("202029");
		WithUser.run(Role.NURSE, null, () -> {
			assertThat(listed("松本")).contains(id);
			long version = plans.save(id, DisasterPlanView.NEW, plan(MunicipalityPlanStatus.IN_PROGRESS, null));
			assertThat(plans.powerDependent("松本", null)).filteredOn(c -> c.childId().equals(id))
				.extracting(PowerDependentChild::reason).containsExactly(PlanAttention.IN_PROGRESS);
			plans.save(id, version, plan(MunicipalityPlanStatus.DONE, JapaneseDates.today()));
			assertThat(listed("松本")).doesNotContain(id);
			assertThat(plans.get(id).plan().helpers()).hasSize(1);
			assertThatThrownBy(() -> plans.save(id, version, plan(MunicipalityPlanStatus.DONE, JapaneseDates.today())))
				.isInstanceOf(StaleRecordException.class);
		});
	}

	@Test
	void aHealthOfficeSeesOnlyItsOwnRegion() {
		UUID matsumoto = register("202029");
		UUID nagano = register("202011");
		WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			assertThat(listed(null)).contains(matsumoto).doesNotContain(nagano);
			assertThatThrownBy(() -> plans.get(nagano)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> stages.timeline(nagano)).isInstanceOf(AccessDeniedException.class);
		});
	}

	@Test
	void recordsStagesAndRefusesTheTransitionPartUnderFifteen() {
		UUID id = register("202029");
		WithUser.run(Role.CONSULTANT, null, () -> {
			stages.recordEvent(id, LifeStage.NICU_DISCHARGE, null, LocalDate.of(2019, 7, 1), "架空の記録");
			assertThat(stages.timeline(id).entries()).extracting(TimelineEntry::stage).contains(LifeStage.NICU_DISCHARGE);
			assertThat(stages.timeline(id).transitionApplies()).isFalse();
			assertThatThrownBy(() -> stages.saveReferral(id, -1, new TransitionReferralInput(LocalDate.of(2026, 1, 5), null,
					ReferralOutcome.PENDING, null, null)))
				.isInstanceOf(TransitionNotApplicableException.class);
		});
	}

	@Test
	void refusesAReferralSavedOverAColleaguesChange() {
		UUID id = register("202029", LocalDate.of(2009, 6, 1));
		WithUser.run(Role.CONSULTANT, null, () -> {
			TransitionReferralInput pending = new TransitionReferralInput(LocalDate.of(2026, 1, 5), "架空の移行期医療支援センター",
					ReferralOutcome.PENDING, null, null);
			TransitionReferralInput accepted = new TransitionReferralInput(LocalDate.of(2026, 1, 5), "架空の移行期医療支援センター",
					ReferralOutcome.ACCEPTED, LocalDate.of(2026, 2, 1), null);
			stages.saveReferral(id, -1, pending);
			long read = stages.timeline(id).referralVersion();
			stages.saveReferral(id, read, accepted);

			assertThatThrownBy(() -> stages.saveReferral(id, read, pending)).isInstanceOf(StaleRecordException.class);
			assertThatThrownBy(() -> stages.saveReferral(id, -1, pending)).isInstanceOf(StaleRecordException.class);
			assertThat(stages.timeline(id).referral().outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
		});
	}

	private List<UUID> listed(String region) {
		return plans.powerDependent(region, null).stream().map(PowerDependentChild::childId).toList();
	}

	private UUID register(String municipality) {
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null,
				() -> id[0] = children.register(ChildRegistryIT.child("避難", "ヒナン", municipality, null)));
		return id[0];
	}

	private UUID register(String municipality, LocalDate birthDate) {
		ChildInput base = ChildRegistryIT.child("移行", "イコウ", municipality, null);
		ChildInput input = new ChildInput(base.familyName(), base.givenName(), base.familyNameKana(),
				base.givenNameKana(), birthDate, base.sex(), null, null, municipality, null, null, null, null, null,
				null, null, null, false, List.of());
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> id[0] = children.register(input));
		return id[0];
	}

	private static DisasterPlanInput plan(MunicipalityPlanStatus status, LocalDate date) {
		return new DisasterPlanInput(status, date, "人工呼吸器", 8, "外部バッテリー", true, EvacuationDecision.HOSPITAL,
				"架空市立病院", "自家用車", List.of(new PlanHelperInput("見本 太郎", "近所", "090-0000-0000")), 7, null, null);
	}

	/** Shorthand for the registry suite's helper. */
	private static final class WithUser {

		static void run(Role role, String region, Runnable action) {
			ChildRegistryIT.WithUser.run(role, region, action);
		}
	}
}

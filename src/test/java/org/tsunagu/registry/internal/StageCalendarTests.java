package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.registry.StageStatus;

/** Expected stage dates from the birth date and the Japanese school year, and the handovers due. */
class StageCalendarTests {

	private final StageCalendar calendar = new StageCalendar(LifeStageSettings.defaults());

	private final HandoverAlerts alerts = new HandoverAlerts(calendar);

	@Test
	void aChildBornOnSecondAprilStartsSchoolAYearAfterOneBornOnFirstApril() {
		assertThat(StageCalendar.schoolEntry(LocalDate.of(2020, 4, 2))).isEqualTo(LocalDate.of(2027, 4, 1));
		assertThat(StageCalendar.schoolEntry(LocalDate.of(2020, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void foreseesConsultationProgressionGraduationAndAdulthood() {
		List<ExpectedStage> stages = calendar.expected(LocalDate.of(2020, 4, 2));

		assertThat(stages).extracting(ExpectedStage::labelKey, ExpectedStage::date)
			.contains(org.assertj.core.groups.Tuple.tuple("registry.lifeStage.expected.SCHOOL_CONSULTATION", LocalDate.of(2026, 4, 1)),
					org.assertj.core.groups.Tuple.tuple("registry.lifeStage.expected.JUNIOR_HIGH", LocalDate.of(2033, 4, 1)),
					org.assertj.core.groups.Tuple.tuple("registry.lifeStage.expected.HIGH_SCHOOL", LocalDate.of(2036, 4, 1)),
					org.assertj.core.groups.Tuple.tuple("registry.lifeStage.expected.GRADUATION_WORK", LocalDate.of(2039, 3, 31)),
					org.assertj.core.groups.Tuple.tuple("registry.lifeStage.expected.ADULTHOOD", LocalDate.of(2038, 4, 2)));
	}

	@Test
	void theSchoolConsultationIsDueFromAYearBeforeSchool() {
		LocalDate born = LocalDate.of(2020, 4, 2);

		assertThat(alerts.due(born, List.of(), LocalDate.of(2026, 3, 31))).extracting(ExpectedStage::labelKey)
			.doesNotContain("registry.lifeStage.expected.SCHOOL_CONSULTATION");
		assertThat(alerts.due(born, List.of(), LocalDate.of(2026, 4, 1))).extracting(ExpectedStage::labelKey)
			.contains("registry.lifeStage.expected.SCHOOL_CONSULTATION");
	}

	@Test
	void aRecordedConsultationIsNoLongerDue() {
		assertThat(alerts.due(LocalDate.of(2020, 4, 2), List.of("registry.lifeStage.expected.SCHOOL_CONSULTATION"),
				LocalDate.of(2026, 5, 1)))
			.extracting(ExpectedStage::labelKey)
			.doesNotContain("registry.lifeStage.expected.SCHOOL_CONSULTATION");
	}

	@Test
	void anUnrecordedStageIsOverdueAfterItsDeadline() {
		ExpectedStage entry = calendar.expected(LocalDate.of(2020, 4, 1)).get(2);

		assertThat(StageCalendar.status(entry, null, LocalDate.of(2026, 4, 2))).isEqualTo(StageStatus.OVERDUE);
		assertThat(StageCalendar.status(entry, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7)))
			.isEqualTo(StageStatus.DONE);
		assertThat(StageCalendar.status(entry, null, LocalDate.of(2025, 9, 1))).isEqualTo(StageStatus.PLANNED);
	}
}

package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.LifeStage;
import org.tsunagu.registry.StageStatus;

/**
 * Expected stage dates from the birth date and the Japanese school year, and their status on a day. Pure.
 */
final class StageCalendar {

	private static final String KEY = "registry.lifeStage.expected.";

	private final LifeStageSettings settings;

	StageCalendar(LifeStageSettings settings) {
		this.settings = settings;
	}

	/**
	 * 1 April of the school year in which the child enters 小学1年. A child reaches an age on the eve of the
	 * birthday, so one born on 1 April is six on 1 April and starts a year earlier than one born on 2 April.
	 */
	static LocalDate schoolEntry(LocalDate birthDate) {
		boolean onOrBeforeAprilFirst = !MonthDay.from(birthDate).isAfter(MonthDay.of(4, 1));
		return LocalDate.of(birthDate.getYear() + (onOrBeforeAprilFirst ? 6 : 7), 4, 1);
	}

	/** The foreseen stages in date order: 就園, 就学相談, 就学, 中学・高校進学, 卒業, 成人期. */
	List<ExpectedStage> expected(LocalDate birthDate) {
		LocalDate entry = schoolEntry(birthDate);
		LocalDate consultation = entry.minus(settings.schoolConsultationLead());
		return List.of(handover(LifeStage.NURSERY, "NURSERY", entry.minusYears(3)),
				new ExpectedStage(LifeStage.SCHOOL_CONSULTATION, KEY + "SCHOOL_CONSULTATION", consultation,
						consultation, entry.minusDays(1)),
				handover(LifeStage.SCHOOL_ENTRY, "SCHOOL_ENTRY", entry),
				handover(LifeStage.PROGRESSION, "JUNIOR_HIGH", entry.plusYears(6)),
				handover(LifeStage.PROGRESSION, "HIGH_SCHOOL", entry.plusYears(9)),
				handover(LifeStage.GRADUATION_WORK, "GRADUATION_WORK", entry.plusYears(12).minusDays(1)),
				handover(LifeStage.ADULTHOOD, "ADULTHOOD", birthDate.plusYears(18)));
	}

	private ExpectedStage handover(LifeStage stage, String key, LocalDate date) {
		return new ExpectedStage(stage, KEY + key, date, date.minus(settings.handoverLead()), date);
	}

	/** 済 when recorded; otherwise 期限超過 after the deadline, 期限間近 within the lead time, else 予定. */
	static StageStatus status(@Nullable ExpectedStage expected, @Nullable LocalDate actualDate, LocalDate today) {
		if (actualDate != null) {
			return StageStatus.DONE;
		}
		if (expected == null) {
			return StageStatus.PLANNED;
		}
		if (today.isAfter(expected.deadline())) {
			return StageStatus.OVERDUE;
		}
		return today.isBefore(expected.alertFrom()) ? StageStatus.PLANNED : StageStatus.DUE_SOON;
	}
}

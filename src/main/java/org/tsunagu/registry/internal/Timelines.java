package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tsunagu.registry.LifeStage;
import org.tsunagu.registry.TimelineEntry;

/**
 * Merges the stages foreseen from the birth date with the recorded ones into one timeline. Pure.
 */
final class Timelines {

	private static final String RECORDED_KEY = "registry.lifeStage.stage.";

	private Timelines() {
	}

	static List<TimelineEntry> merge(List<ExpectedStage> expected, List<LifeStageEvent> events, LocalDate today) {
		List<TimelineEntry> entries = new ArrayList<>();
		List<LifeStageEvent> unmatched = new ArrayList<>(events);
		for (ExpectedStage stage : expected) {
			Optional<LifeStageEvent> event = unmatched.stream().filter(e -> matches(stage, e)).findFirst();
			event.ifPresent(unmatched::remove);
			entries.add(new TimelineEntry(stage.stage(), stage.labelKey(), stage.date(), stage.alertFrom(),
					event.map(LifeStageEvent::getActualDate).orElse(null),
					event.map(LifeStageEvent::getNotes).orElse(null),
					StageCalendar.status(stage, event.map(LifeStageEvent::getActualDate).orElse(null), today)));
		}
		for (LifeStageEvent event : unmatched) {
			LocalDate date = event.getPlannedDate() != null ? event.getPlannedDate() : event.getActualDate();
			entries.add(new TimelineEntry(event.getStage(), RECORDED_KEY + event.getStage().name(), date, null,
					event.getActualDate(), event.getNotes(), StageCalendar.status(null, event.getActualDate(), today)));
		}
		entries.sort(Comparator.comparing(Timelines::sortDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}

	/** The expected stage's key a recorded event stands for, if any. */
	static Optional<String> keyOf(LifeStageEvent event, List<ExpectedStage> expected) {
		return expected.stream().filter(stage -> matches(stage, event)).map(ExpectedStage::labelKey).findFirst();
	}

	/**
	 * A recorded event stands for a foreseen stage of the same kind; 進学 happens twice, so there the planned
	 * date tells 中学 from 高校.
	 */
	static boolean matches(ExpectedStage stage, LifeStageEvent event) {
		if (stage.stage() != event.getStage()) {
			return false;
		}
		return stage.stage() != LifeStage.PROGRESSION || Objects.equals(stage.date(), event.getPlannedDate());
	}

	private static LocalDate sortDate(TimelineEntry entry) {
		return entry.actualDate() != null ? entry.actualDate() : entry.date();
	}
}

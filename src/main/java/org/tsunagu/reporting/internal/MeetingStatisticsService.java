package org.tsunagu.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.MeetingSnapshots;
import org.tsunagu.council.SnapshotTable;
import org.tsunagu.council.SnapshotTarget;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;
import org.tsunagu.reporting.MeetingStatistics;
import org.tsunagu.reporting.StatTable;
import org.tsunagu.shared.JapaneseDates;

/**
 * Builds a meeting's statistics snapshot from the same {@link DashboardBuilder} as the dashboard, suppresses small
 * counts and hands the frozen text tables to the council module.
 */
@Service
@Transactional
class MeetingStatisticsService implements MeetingStatistics {

	static final List<String> TABLES = List.of("children-by-region", "children-by-care-item",
			"consultations-by-topic");

	private final DashboardBuilder builder;

	private final ReportAccess access;

	private final MessageSource messages;

	private final MeetingSnapshots snapshots;

	MeetingStatisticsService(DashboardBuilder builder, ReportAccess access, MessageSource messages,
			MeetingSnapshots snapshots) {
		this.builder = builder;
		this.access = access;
		this.messages = messages;
		this.snapshots = snapshots;
	}

	@Override
	public UUID attachSnapshot(UUID meetingId) {
		SnapshotTarget target = snapshots.target(meetingId);
		@Nullable String region = target.councilKind() == CouncilKind.REGION ? target.regionName() : null;
		AccessScope scope = access.scopeFor(region);
		LocalDate today = JapaneseDates.today();
		LocalDate day = target.heldOn().isAfter(today) ? today : target.heldOn();
		FiscalYear year = FiscalYear.of(target.heldOn());
		Labels labels = new Labels(messages, Locale.JAPANESE);
		Dashboard dashboard = builder.build(scope, region, year, day, labels);
		List<SnapshotTable> tables = new ArrayList<>();
		for (String id : TABLES) {
			dashboard.table(id).filter(StatTable::available).map(table -> frozen(table, labels)).ifPresent(tables::add);
		}
		String title = labels.get("reporting.snapshot.title", year.wareki(),
				region == null ? labels.get("reporting.snapshot.wholePrefecture") : region);
		return snapshots.attach(meetingId, title, tables);
	}

	/** The table as text, counts from 1 to 4 suppressed, with a totals row. */
	static SnapshotTable frozen(StatTable table, Labels labels) {
		List<String> headers = new ArrayList<>();
		headers.add(table.labelHeader());
		headers.addAll(table.valueHeaders());
		List<SnapshotTable.Row> rows = new ArrayList<>();
		if (table.rows().isEmpty() || table.valueHeaders().isEmpty()) {
			return new SnapshotTable(table.title(), headers, rows);
		}
		long[][] inner = table.rows()
			.stream()
			.map(row -> row.values().stream().mapToLong(Long::longValue).toArray())
			.toArray(long[][]::new);
		SuppressedTable suppressed = SmallCellSuppression.apply(inner, false);
		for (int r = 0; r < suppressed.height(); r++) {
			List<String> values = new ArrayList<>();
			for (int c = 0; c < suppressed.width(); c++) {
				values.add(suppressed.text(r, c));
			}
			String label = r < table.rows().size() ? table.rows().get(r).label() : labels.get("reporting.total");
			rows.add(new SnapshotTable.Row(label, values));
		}
		return new SnapshotTable(table.title(), headers, rows);
	}
}

package org.tsunagu.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one 年度 and 圏域 as the caller may see them.
 *
 * @param year the 年度
 * @param region the 圏域 shown, or null for all within the caller's scope
 * @param referenceDay the day registry figures are taken on
 * @param sections the sections in 要綱 order
 * @param countedAt when the figures were counted (the dashboard may show figures up to a minute old), or null
 */
public record Dashboard(FiscalYear year, @Nullable String region, LocalDate referenceDay,
		List<ReportSectionView> sections, @Nullable Instant countedAt) {

	public Dashboard {
		sections = List.copyOf(sections);
	}

	public Dashboard(FiscalYear year, @Nullable String region, LocalDate referenceDay,
			List<ReportSectionView> sections) {
		this(year, region, referenceDay, sections, null);
	}

	/** A table by its id. */
	public Optional<StatTable> table(String id) {
		return sections.stream().flatMap(section -> section.tables().stream()).filter(t -> t.id().equals(id)).findFirst();
	}
}

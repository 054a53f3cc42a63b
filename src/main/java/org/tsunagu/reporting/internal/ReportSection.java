package org.tsunagu.reporting.internal;

import java.util.List;

import org.tsunagu.reporting.StatTable;

/**
 * One source of figures for the dashboard and the annual report. A module that lands later (supervisor
 * dispatch, training, councils) gets its own section bean reading that module's statistics API; the
 * dashboard, the workbook, the PDF and the API pick it up by {@link #order()} without other changes.
 */
interface ReportSection {

	/** Stable id of the section. */
	String id();

	/** The 要綱 duty letter (ア–オ). */
	String duty();

	/** Sort key: duty first, then source. */
	int order();

	/** The message key of the title. */
	String titleKey();

	/** The section's tables for the context. */
	List<StatTable> tables(SectionContext context);
}

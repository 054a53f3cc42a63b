package org.tsunagu.reporting;

import java.util.List;

/**
 * One section of the dashboard and the annual report: the figures of one source for one duty of the 要綱
 * (第4-1(3) ア–オ).
 *
 * @param id stable id (consultations)
 * @param duty the 要綱 duty letter, ア to オ
 * @param title the section's title
 * @param tables its tables
 */
public record ReportSectionView(String id, String duty, String title, List<StatTable> tables) {

	public ReportSectionView {
		tables = List.copyOf(tables);
	}
}

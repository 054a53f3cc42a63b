package org.tsunagu.council;

/**
 * How often a 会議事項 was on the agenda in one 年度 (April to March).
 *
 * @param code the 会議事項 code
 * @param label its text
 * @param agendaItems agenda items tagged with it in meetings of the 年度
 */
public record TopicCoverage(String code, String label, int agendaItems) {

	/** Whether no meeting of the 年度 has dealt with it yet. */
	public boolean notYetDealtWith() {
		return agendaItems == 0;
	}
}

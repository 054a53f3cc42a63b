package org.tsunagu.institution;

import java.util.List;

/**
 * What an import did: the counts when it was stored, or every problem when nothing was.
 *
 * @param created new institutions
 * @param updated institutions changed
 * @param unchanged rows that matched an institution and changed nothing
 * @param problems every problem found; when not empty, nothing was stored
 */
public record ImportReport(int created, int updated, int unchanged, List<ImportProblem> problems)
		implements java.io.Serializable {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	/** Whether the file was stored. */
	public boolean stored() {
		return problems.isEmpty();
	}

	/**
	 * One problem of an imported file.
	 *
	 * @param line the line in the file (1 = the header row)
	 * @param column the column heading
	 * @param messageKey the message key of the problem (Japanese text in messages_ja)
	 * @param value the value at fault, shown with the message
	 */
	public record ImportProblem(int line, String column, String messageKey, String value)
			implements java.io.Serializable {
	}
}

package org.tsunagu.institution;

import java.util.List;
import java.util.function.Consumer;

import org.tsunagu.shared.TabularFile;

/**
 * Institutions in and out as files: import from a table (CSV or Excel, the columns of {@link InstitutionColumns}),
 * export of a filtered list, and the public directory for other directories (Open Referral HSDS). Imports and
 * exports are audited.
 */
public interface InstitutionTransfer {

	/**
	 * Checks every row, then stores all of them or none. A row updates the institution with the same 事業所番号,
	 * or else the same name, municipality and address; columns missing from the file leave an existing entry's
	 * value as it is. Contacts are never changed by an import.
	 *
	 * @return the counts, or every problem found (and nothing stored)
	 */
	ImportReport importTable(TabularFile table);

	/**
	 * Hands every institution matching the filter (no paging) to {@code row}, one at a time in the list's order
	 * (圏域, then フリガナ), for a file; audited as an export before the first one. They are read in chunks while
	 * {@code row} writes them, so no list of them is held: {@code row} runs inside the read.
	 */
	void export(InstitutionFilter filter, Consumer<InstitutionDetails> row);

	/** The entries marked public and not retired, for the public directory. No contact person is included. */
	List<InstitutionDetails> publicDirectory(InstitutionFilter filter);

	/** One entry of the public directory; empty when it is not public, retired or unknown. */
	java.util.Optional<InstitutionDetails> publicEntry(java.util.UUID id);
}

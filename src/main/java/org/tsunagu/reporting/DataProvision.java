package org.tsunagu.reporting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Data for the prefecture (要綱 オ) and open data: aggregates with small-cell suppression, and the one
 * person-level export, only for the センター長 after re-entering the password. Everything that leaves is
 * in the audit log.
 */
public interface DataProvision {

	/** A suppressed dataset within the caller's scope (a health office: its own 圏域). */
	Dataset dataset(LocalDate asOf, DatasetLevel level, DatasetKind kind, @Nullable String region);

	/** The dataset as CSV, UTF-8 with BOM; audited. */
	byte[] datasetCsv(LocalDate asOf, DatasetLevel level, DatasetKind kind, @Nullable String region);

	/** The dataset as an Excel workbook; audited. */
	byte[] datasetWorkbook(LocalDate asOf, DatasetLevel level, DatasetKind kind, @Nullable String region);

	/** The public open data: every 圏域, children by care item, suppressed. Needs no login. */
	Dataset openData(LocalDate asOf);

	/** The open data as CSV, UTF-8 with BOM. */
	byte[] openDataCsv(LocalDate asOf);

	/**
	 * The person-level list of enrolled children as CSV, with who exported it and when in the file.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller is the センター長
	 * @throws BadPasswordException when the password re-entered is not the caller's
	 */
	byte[] personLevelCsv(String password);

	/** The password re-entered for a person-level export was wrong. */
	final class BadPasswordException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public BadPasswordException() {
			super("The password re-entered is not correct");
		}
	}
}

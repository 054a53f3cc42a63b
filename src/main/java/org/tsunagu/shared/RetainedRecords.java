package org.tsunagu.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Service provider interface of the retention review (保存期間と削除): a module that holds personal data
 * registers one bean per kind of record it keeps. The retention module finds all beans of this type, asks each
 * which records are past their retention period and, after the センター長's approval, asks it to dispose of them.
 * So the retention module depends on no module that holds data, and no such module depends on retention.
 *
 * <p>
 * A record's retention period starts when it ends (a case is closed, a child leaves the registry); the
 * retention module turns the configured period into a {@code cutoff}: a record is due when it ended before it.
 */
public interface RetainedRecords {

	/**
	 * The key of this kind of record, e.g. {@code consultation-case}; also the settings key
	 * {@code tsunagu.retention.periods.<type>} and the message key {@code retention.type.<type>}.
	 */
	String type();

	/** The Japanese name of this kind of record, for logs and the audit log. */
	String label();

	/** What disposal does to a record, in Japanese (e.g. 「氏名・住所・自由記述を消去し、件数のみ残す」). */
	String disposal();

	/** The records that ended before {@code cutoff} and were not disposed of yet. */
	List<DueRecord> findDue(Instant cutoff);

	/**
	 * Anonymises or deletes the given records that are still due at {@code cutoff}, in one transaction, and
	 * answers which ones it disposed of; a record that is no longer due (a reopened case) is left as it is.
	 */
	Set<UUID> dispose(Collection<UUID> ids, Instant cutoff);

	/** The day in Japan a cutoff instant falls on: records that ended on an earlier day are due. */
	static LocalDate cutoffDay(Instant cutoff) {
		return LocalDate.ofInstant(cutoff, JapaneseDates.JST);
	}

	/**
	 * A record past its retention period.
	 *
	 * @param id the record's id
	 * @param summary a short description for the センター長's review (may hold a name; cleared after disposal)
	 * @param endedOn the day the retention period started (closing day, leaving day, application day)
	 */
	record DueRecord(UUID id, String summary, LocalDate endedOn) {

		public DueRecord {
			summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
		}
	}
}

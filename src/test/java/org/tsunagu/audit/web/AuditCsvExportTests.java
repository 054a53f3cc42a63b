package org.tsunagu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.testsupport.StreamingOutput;

/**
 * The audit CSV export streams: a million entries go out while they are still being read, and the writer never
 * holds more than a buffer's worth of them.
 */
class AuditCsvExportTests {

	private static final int ROWS = 1_000_000;

	@Test
	void writesAMillionEntriesWhileTheyAreStillBeingRead() throws Exception {
		LazyEntries entries = new LazyEntries(ROWS);
		StreamingOutput out = new StreamingOutput(() -> entries.read);
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);

		new AuditCsvExport(entries, messages).write(new AuditSearch(null, null, null, null, null, null), Sort.unsorted(), Locale.JAPANESE, out);

		assertThat(out.lines()).as("header and one line per entry").isEqualTo(ROWS + 1);
		assertThat(out.readWhenFirstWritten()).as("the first bytes leave long before the last entry is read")
			.isLessThan(1_000);
		assertThat(out.mostRowsAhead()).as("entries read but not yet written stay within the writer's buffer")
			.isLessThan(1_000);
	}

	/** Makes entries one at a time, as the database cursor of the real query does. */
	static final class LazyEntries implements AuditQueries {

		private final int total;

		int read;

		LazyEntries(int total) {
			this.total = total;
		}

		@Override
		public Page<AuditEntryView> findEntries(AuditSearch search, Pageable pageable) {
			throw new UnsupportedOperationException();
		}

		@Override
		public org.tsunagu.audit.AuditEntryWindow findNewest(AuditSearch search, org.tsunagu.audit.AuditCursor after,
				int size) {
			throw new UnsupportedOperationException();
		}

		@Override
		public java.util.List<AuditEntryView> findConcerning(java.util.Collection<String> recordIds, int limit) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachEntry(AuditSearch search, Sort sort, Consumer<AuditEntryView> consumer) {
			UUID id = UUID.randomUUID();
			for (int i = 0; i < total; i++) {
				read++;
				consumer.accept(new AuditEntryView(id, Instant.EPOCH.plusSeconds(i), "test-consultant", AuditAction.READ,
						"Child", Integer.toString(i), "（架空）閲覧", "127.0.0.1"));
			}
		}
	}
}

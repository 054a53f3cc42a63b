package org.tsunagu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Reads audited from read-only transactions go through the write-behind queue on a real database: every one
 * arrives exactly once, with the time of the read, and a stop drains the queue before it returns.
 */
@DatabaseTest
class AuditWriteBehindIT {

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private AuditQueries queries;

	@Autowired
	private AuditWriteBehind writeBehind;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void everyReadOfManyConcurrentRequestsIsWrittenOnce() throws Exception {
		String type = "WriteBehind-" + UUID.randomUUID();
		ExecutorService requests = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int t = thread;
				done.add(requests.submit(() -> {
					for (int i = 0; i < 250; i++) {
						String id = t + "-" + i;
						readOnly(() -> auditLog.record(AuditAction.READ, type, id, null));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			requests.shutdown();
		}
		writeBehind.flush();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE target_type = ?", Long.class, type))
			.isEqualTo(2_000);
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT target_id) FROM audit_entries WHERE target_type = ?",
				Long.class, type))
			.isEqualTo(2_000);
		assertThat(writeBehind.pending()).isZero();
	}

	@Test
	void aReaderOfTheLogSeesAReadRecordedJustBefore() {
		String type = "WriteBehind-" + UUID.randomUUID();
		readOnly(() -> auditLog.record(AuditAction.READ, type, "just-now", null));

		assertThat(queries.findEntries(new AuditSearch(null, AuditAction.READ, type, null, null, null),
				org.springframework.data.domain.Pageable.ofSize(10)))
			.extracting(entry -> entry.targetId())
			.containsExactly("just-now");
	}

	@Test
	void aStopWritesEveryQueuedEntryBeforeItReturnsAndReadsAfterItAreWrittenAtOnce() {
		String type = "WriteBehind-" + UUID.randomUUID();
		for (int i = 0; i < 1_200; i++) {
			int n = i;
			readOnly(() -> auditLog.record(AuditAction.READ, type, "before-" + n, null));
		}
		writeBehind.stop();
		try {
			assertThat(count(type)).isEqualTo(1_200);
			readOnly(() -> auditLog.record(AuditAction.READ, type, "after-stop", null));
			assertThat(count(type)).isEqualTo(1_201);
		}
		finally {
			writeBehind.start();
		}
		readOnly(() -> auditLog.record(AuditAction.READ, type, "restarted", null));
		writeBehind.flush();
		assertThat(count(type)).isEqualTo(1_202);
	}

	private long count(String type) {
		return jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE target_type = ?", Long.class, type);
	}

	private void readOnly(Runnable read) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		template.executeWithoutResult(status -> read.run());
	}
}

package org.tsunagu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.transaction.PlatformTransactionManager;
import org.tsunagu.audit.AuditAction;

class AuditWriteBehindTests {

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	@Test
	void takesNothingBeforeItIsStartedSoTheCallerWritesItself() {
		AuditWriteBehind writeBehind = new AuditWriteBehind(jdbc, mock(PlatformTransactionManager.class), true, 10);

		assertThat(writeBehind.offer(entry())).isFalse();
	}

	@Test
	void takesNothingWhenSwitchedOff() {
		AuditWriteBehind writeBehind = new AuditWriteBehind(jdbc, mock(PlatformTransactionManager.class), false, 10);
		writeBehind.start();

		assertThat(writeBehind.isRunning()).isFalse();
		assertThat(writeBehind.offer(entry())).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void keepsABatchTheDatabaseRefusedAndWritesItOnTheNextTry() {
		when(jdbc.batchUpdate(anyString(), any(java.util.Collection.class), anyInt(),
				any(ParameterizedPreparedStatementSetter.class)))
			.thenThrow(new DataAccessResourceFailureException("database restarting"))
			.thenReturn(new int[][] { { 1 } });
		AuditWriteBehind writeBehind = new AuditWriteBehind(jdbc, mock(PlatformTransactionManager.class), true, 10);
		writeBehind.start();
		try {
			assertThat(writeBehind.offer(entry())).isTrue();
			writeBehind.flush();

			assertThat(writeBehind.pending()).isZero();
			verify(jdbc, times(2)).batchUpdate(anyString(), any(java.util.Collection.class), anyInt(),
					any(ParameterizedPreparedStatementSetter.class));
		}
		finally {
			writeBehind.stop();
		}
	}

	@Test
	void refusesWhenTheQueueIsFullSoTheCallerWritesItself() {
		// The writer is blocked on its first batch, so the queue of one fills with the second entry.
		when(jdbc.batchUpdate(anyString(), any(java.util.Collection.class), anyInt(),
				any(ParameterizedPreparedStatementSetter.class)))
			.thenAnswer(invocation -> {
				Thread.sleep(500);
				return new int[][] { { 1 } };
			});
		AuditWriteBehind writeBehind = new AuditWriteBehind(jdbc, mock(PlatformTransactionManager.class), true, 1);
		writeBehind.start();
		try {
			boolean first = writeBehind.offer(entry());
			boolean second = writeBehind.offer(entry());
			boolean third = writeBehind.offer(entry());

			assertThat(first).isTrue();
			assertThat(second && third).isFalse();
		}
		finally {
			writeBehind.stop();
		}
	}

	private static AuditEntry entry() {
		return new AuditEntry(Instant.parse("2026-12-01T00:00:00Z"), "tester", AuditAction.READ, "Child", "c-1",
				null, null);
	}
}

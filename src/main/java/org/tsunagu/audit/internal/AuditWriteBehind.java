package org.tsunagu.audit.internal;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit entries of reads behind the request: a read is audited from a read-only transaction, which
 * cannot take the insert, so instead of a second connection and transaction per request the entry is queued
 * here and a single writer thread inserts the queue in batches (one JDBC batch, one transaction, up to
 * {@value #BATCH} entries).
 * <p>
 * Nothing is dropped: when the queue is full, or before {@link #start()} and after {@link #stop()}, the caller
 * writes its entry itself; a failed batch is retried until it is written; a graceful shutdown drains the queue
 * after the web server has finished its last request and before the chain is sealed
 * ({@link AuditChainShutdownSeal}). What a crash (SIGKILL, power loss) can lose is the entries of the last
 * moments' reads, never a change's entry: changes are audited in their own transaction.
 * <p>
 * The entry's time is taken when the read happens, so the log's order by time is the order of events;
 * anything that reads the log ({@link JpaAuditQueries}) calls {@link #flush()} first, so a user sees their own
 * reads at once.
 */
@Component
class AuditWriteBehind implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditWriteBehind.class);

	/** Stops after the web server (phases near {@link #DEFAULT_PHASE}), before the chain's seal (phase 0). */
	static final int PHASE = 1_000;

	static final int BATCH = 500;

	private static final Duration RETRY = Duration.ofSeconds(1);

	private static final Duration POLL = Duration.ofMillis(200);

	/** At shutdown with the database gone, give up after this many tries (the loss is logged as an error). */
	private static final int STOPPING_ATTEMPTS = 10;

	private static final String INSERT = "INSERT INTO audit_entries (id, occurred_at, actor, action, target_type,"
			+ " target_id, detail, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	private final BlockingQueue<AuditEntry> queue;

	/** Entries queued or being written, not yet committed; guarded by {@code this}. */
	private int inFlight;

	private volatile boolean running;

	private volatile Thread writer;

	AuditWriteBehind(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${tsunagu.audit.write-behind.enabled:true}") boolean enabled,
			@Value("${tsunagu.audit.write-behind.capacity:20000}") int capacity) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.enabled = enabled;
		this.queue = new LinkedBlockingQueue<>(capacity);
	}

	/**
	 * Queues an entry for the writer thread.
	 *
	 * @return {@code false} when the entry was not taken (write-behind off, not running, or the queue full):
	 * the caller must write it itself
	 */
	synchronized boolean offer(AuditEntry entry) {
		// Under the lock that stop() takes: once stopped, no entry can slip into a queue nobody empties. The lock
		// is held for a counter and a queue insert, nothing that waits.
		if (!running || !queue.offer(entry)) {
			return false;
		}
		inFlight++;
		return true;
	}

	/** Waits until every entry queued so far is committed (or the timeout passes). */
	void flush() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		synchronized (this) {
			while (inFlight > 0 && System.nanoTime() < deadline) {
				try {
					wait(50);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Entries queued or being written, for the health of the writer (metrics, tests). */
	synchronized int pending() {
		return inFlight;
	}

	@Override
	public void start() {
		if (!enabled || running) {
			return;
		}
		running = true;
		Thread thread = new Thread(this::writeLoop, "audit-write-behind");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		if (!running) {
			return;
		}
		// New reads (a scheduled job, say) now write their own entries; the writer empties what is queued.
		synchronized (this) {
			running = false;
		}
		Thread thread = writer;
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(60));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		int left = pending();
		if (left > 0) {
			log.error("Audit write-behind stopped with {} read entries not written (database unavailable)", left);
		}
		else {
			log.info("Audit write-behind stopped; every queued entry is written");
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void writeLoop() {
		List<AuditEntry> batch = new ArrayList<>(BATCH);
		int failuresWhileStopping = 0;
		while (running || !queue.isEmpty() || !batch.isEmpty()) {
			try {
				if (batch.isEmpty()) {
					AuditEntry first = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
					if (first == null) {
						continue;
					}
					batch.add(first);
					queue.drainTo(batch, BATCH - 1);
				}
				write(batch);
				batch.clear();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException failure) {
				// Database away: keep the batch and try again. Readers keep queuing until the queue is full, then
				// write (and fail) themselves, so a read is never answered while its entry is silently dropped.
				log.warn("Audit entries not written yet ({} waiting), retrying: {}", batch.size() + queue.size(),
						failure.getMessage());
				if (!running && ++failuresWhileStopping >= STOPPING_ATTEMPTS) {
					return;
				}
				pause();
			}
		}
	}

	private void write(List<AuditEntry> batch) {
		transaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, batch, batch.size(), (statement, entry) -> {
			statement.setObject(1, entry.getId());
			statement.setObject(2, entry.getOccurredAt().atOffset(ZoneOffset.UTC));
			statement.setString(3, entry.getActor());
			statement.setString(4, entry.getAction().name());
			statement.setString(5, entry.getTargetType());
			statement.setString(6, entry.getTargetId());
			statement.setString(7, entry.getDetail());
			statement.setString(8, entry.getRemoteAddress());
		}));
		done(batch.size());
	}

	private synchronized void done(int entries) {
		inFlight -= entries;
		notifyAll();
	}

	private static void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}

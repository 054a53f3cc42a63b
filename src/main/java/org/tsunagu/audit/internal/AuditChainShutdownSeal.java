package org.tsunagu.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tsunagu.audit.AuditChain;

/**
 * Seals the entries still waiting for the chain when the application stops gracefully (SIGTERM), after the web
 * server has finished its last requests: a stopped application leaves no unsealed entry behind, so a backup
 * taken while it is down holds a complete chain. After a crash the entries stay committed and unsealed and the
 * schedule seals them at the next start.
 */
@Component
class AuditChainShutdownSeal implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditChainShutdownSeal.class);

	/** Stops after the web server's graceful shutdown (whose phases are near {@link #DEFAULT_PHASE}). */
	private static final int PHASE = 0;

	/** Enough rounds of the chain's batch for any burst of requests; the next start seals the rest. */
	private static final int MAX_ROUNDS = 100;

	private final AuditChain chain;

	private volatile boolean running;

	AuditChainShutdownSeal(AuditChain chain) {
		this.chain = chain;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		int sealed = 0;
		try {
			for (int round = 0; round < MAX_ROUNDS; round++) {
				int batch = chain.sealPending();
				sealed += batch;
				if (batch == 0) {
					break;
				}
			}
			log.info("Audit entries sealed at shutdown: {}", sealed);
		}
		catch (RuntimeException failure) {
			// The shutdown must go on (database gone, say): the entries are committed and the next start seals them.
			log.warn("Audit entries not sealed at shutdown ({} sealed): {}", sealed, failure.getMessage());
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
}

package org.tsunagu.shared;

/**
 * Settings shared by the modules' {@code @SchedulerLock} annotations (ShedLock), which make a scheduled job run on
 * one node only per tick when two nodes share the database (docs/operations.md, "2台構成").
 */
public final class SchedulerLocks {

	/**
	 * How long a job's lock is held at least, even when the job ends sooner: longer than two nodes' schedulers fire
	 * apart, so the node that fires a moment later finds the tick taken. One minute by default; tests that call a
	 * job twice in a row set {@code tsunagu.scheduling.lock-at-least-for=PT0S}.
	 */
	public static final String AT_LEAST_FOR = "${tsunagu.scheduling.lock-at-least-for:PT1M}";

	/** How long a lock is held at most when its node dies in the middle of the job. */
	public static final String AT_MOST_FOR = "PT30M";

	private SchedulerLocks() {
	}
}

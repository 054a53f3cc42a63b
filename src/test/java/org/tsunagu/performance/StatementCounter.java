package org.tsunagu.performance;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (set for the tests in
 * config/application.properties). Per thread, so work that listeners do in the background while a page is
 * counted does not blur the count of the page itself.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	@Override
	public String inspect(String sql) {
		COUNT.get()[0]++;
		return sql;
	}

	/** Starts counting again on this thread. */
	public static void reset() {
		COUNT.get()[0] = 0;
	}

	/** Statements prepared on this thread since the last {@link #reset()}. */
	public static int count() {
		return COUNT.get()[0];
	}
}

package org.tsunagu.performance;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (set for the tests in
 * config/application.properties). Per thread, so work that listeners do in the background while a page is
 * counted does not blur the count of the page itself.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

	@Override
	public String inspect(String sql) {
		STATEMENTS.get().add(sql);
		return sql;
	}

	/** Starts counting again on this thread. */
	public static void reset() {
		STATEMENTS.get().clear();
	}

	/** The statements prepared on this thread since the last {@link #reset()}, to name them when a count fails. */
	public static List<String> statements() {
		return List.copyOf(STATEMENTS.get());
	}
}

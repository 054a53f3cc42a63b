package org.tsunagu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL database of its own for a process-level test ({@code tsunagu_<purpose>_<random>}), created on the
 * server named by {@code TSUNAGU_TEST_POSTGRES_URL} and dropped by {@link #close()}. Unlike {@link TestDatabase}
 * (one database per test JVM, shared by all its suites) it outlives the application processes started on it,
 * so a test can kill, restart and inspect them against the same data.
 *
 * <pre>{@code
 * try (ScratchDatabase database = ScratchDatabase.create("crash")) {
 *     ApplicationProcess app = ApplicationProcess.on(database, "crash").start();
 *     ...
 * }
 * }</pre>
 */
public final class ScratchDatabase implements AutoCloseable {

	private final String name;

	private final String adminUrl;

	private ScratchDatabase(String name, String adminUrl) {
		this.name = name;
		this.adminUrl = adminUrl;
	}

	/**
	 * Creates an empty database; skips the test (fails it where the PostgreSQL suite is required) when the
	 * server cannot be reached.
	 */
	public static ScratchDatabase create(String purpose) {
		String adminUrl = System.getenv(TestDatabase.POSTGRES_URL_ENV);
		if (adminUrl == null || adminUrl.isBlank()) {
			RequiredSuites.unavailable("postgres", TestDatabase.POSTGRES_URL_ENV + " is not set");
		}
		String name = "tsunagu_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		ScratchDatabase database = new ScratchDatabase(name, adminUrl);
		try {
			database.admin("CREATE DATABASE " + name);
		}
		catch (SQLException exception) {
			RequiredSuites.unavailable("postgres", "cannot create a database at " + adminUrl + ": " + exception.getMessage());
		}
		return database;
	}

	public String name() {
		return name;
	}

	/** JDBC URL of this database. */
	public String url() {
		return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	public String username() {
		return env(TestDatabase.POSTGRES_USER_ENV, "postgres");
	}

	public String password() {
		return env(TestDatabase.POSTGRES_PASSWORD_ENV, "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Host of the server, for the command-line tools (pg_dump, psql). */
	public String host() {
		return adminUrl.replaceFirst("^jdbc:postgresql://([^:/]+).*$", "$1");
	}

	/** Port of the server, for the command-line tools. */
	public String port() {
		String port = adminUrl.replaceFirst("^jdbc:postgresql://[^:/]+:?(\\d*)/.*$", "$1");
		return port.isEmpty() ? "5432" : port;
	}

	/** A new connection to this database; the caller closes it. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), username(), password());
	}

	/** Drops the database, ending any session still connected (a killed process may leave none, a stopped one none). */
	@Override
	public void close() {
		try {
			admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException exception) {
			System.err.println("[tsunagu] could not drop scratch database " + name + ": " + exception.getMessage());
		}
	}

	private void admin(String sql) throws SQLException {
		try (Connection admin = DriverManager.getConnection(adminUrl, username(), password());
				Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
	}
}

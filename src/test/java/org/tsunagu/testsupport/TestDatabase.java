package org.tsunagu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The database a test JVM runs against: a private in-memory H2 database, or — when the build runs the
 * PostgreSQL pass ({@code -Dtsunagu.test.db=postgres}) — a fresh PostgreSQL database created for this JVM
 * on the server named by {@code TSUNAGU_TEST_POSTGRES_URL} and dropped when the JVM ends, after the application
 * contexts on it have closed (a context that loses its database while it closes waits for a connection until
 * Hikari's timeout, and the JVM does not end in time for Failsafe).
 */
public final class TestDatabase {

	/** Admin JDBC URL of the PostgreSQL server used for tests, e.g. jdbc:postgresql://127.0.0.1:5432/test. */
	public static final String POSTGRES_URL_ENV = "TSUNAGU_TEST_POSTGRES_URL";

	public static final String POSTGRES_USER_ENV = "TSUNAGU_TEST_POSTGRES_USER";

	public static final String POSTGRES_PASSWORD_ENV = "TSUNAGU_TEST_POSTGRES_PASSWORD";

	private static @Nullable Connection postgres;

	private static @Nullable String postgresUrl;

	private static @Nullable String unavailableReason;

	/** Application contexts on the PostgreSQL database that have not closed yet; guarded by the class. */
	private static int openContexts;

	private TestDatabase() {
	}

	/** Whether this JVM runs the database suites on PostgreSQL. */
	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("tsunagu.test.db", "h2"));
	}

	/** The JDBC URL of this JVM's test database, or null when PostgreSQL was asked for but cannot be had. */
	public static synchronized @Nullable String url() {
		if (!isPostgres()) {
			return "jdbc:h2:mem:tsunagu-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		}
		if (postgresUrl == null && unavailableReason == null) {
			createPostgresDatabase();
		}
		return postgresUrl;
	}

	/** Why PostgreSQL cannot be used, once {@link #url()} returned null. */
	public static synchronized @Nullable String unavailableReason() {
		return unavailableReason;
	}

	public static String username() {
		return isPostgres() ? env(POSTGRES_USER_ENV, "postgres") : "sa";
	}

	public static String password() {
		return isPostgres() ? env(POSTGRES_PASSWORD_ENV, "") : "";
	}

	private static void createPostgresDatabase() {
		String adminUrl = System.getenv(POSTGRES_URL_ENV);
		if (adminUrl == null || adminUrl.isBlank()) {
			unavailableReason = POSTGRES_URL_ENV + " is not set";
			return;
		}
		String name = "tsunagu_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		try {
			Connection admin = DriverManager.getConnection(adminUrl, username(), password());
			try (Statement statement = admin.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			postgres = admin;
			postgresUrl = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
			System.err.println("[tsunagu] PostgreSQL suite uses database " + name);
		}
		catch (SQLException exception) {
			unavailableReason = "cannot reach PostgreSQL at " + adminUrl + ": " + exception.getMessage();
		}
	}

	/** Counts a context that uses the PostgreSQL database until {@link #contextClosed()}. */
	static synchronized void contextOpened() {
		openContexts++;
	}

	/** Called once a context's beans (its connection pool last) are destroyed. */
	static synchronized void contextClosed() {
		openContexts--;
		TestDatabase.class.notifyAll();
	}

	/**
	 * The JVM's shutdown hooks run at the same time: Spring Boot's closes the cached contexts, whose last steps
	 * (the audit seal at shutdown, the write-behind queue) still use the database. Drop it after them.
	 */
	private static synchronized void awaitContextsClosed() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (openContexts > 0 && System.nanoTime() < deadline) {
			try {
				TestDatabase.class.wait(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void drop(String name) {
		awaitContextsClosed();
		try (Statement statement = postgres.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			postgres.close();
		}
		catch (SQLException | RuntimeException exception) {
			System.err.println("[tsunagu] could not drop test database " + name + ": " + exception.getMessage());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}

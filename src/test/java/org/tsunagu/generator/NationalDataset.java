package org.tsunagu.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.tsunagu.shared.KanaText;

/**
 * Fills a Flyway-migrated database whose reference data is loaded with a national-scale fictional dataset (issue
 * 12): at scale 1, 25,000 children with families and care assessments, 600,000 consultations, 100,000 cases with
 * 400,000 case entries, 30,000 institutions with contacts and capabilities, 5,000 training participants, 2,000
 * meetings and 10,000,000 audit entries (sealed into the hash chain). Scale 0.1 and 0.01 give a tenth and a
 * hundredth. Rows go in by COPY on PostgreSQL and by JDBC batches elsewhere.
 */
public final class NationalDataset {

	static final String BY = "generator";

	private final DataSource dataSource;

	private final double scale;

	private final SplittableRandom random;

	private final FictionalText text;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final List<String[]> municipalities = new ArrayList<>();

	private final List<int[]> careItems = new ArrayList<>();

	private final List<Object[]> owners = new ArrayList<>();

	private final List<UUID> childIds = new ArrayList<>();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	public NationalDataset(DataSource dataSource, double scale, long seed) {
		this.dataSource = dataSource;
		this.scale = scale;
		this.random = new SplittableRandom(seed);
		this.text = new FictionalText(random);
	}

	/** Writes every table, each in its own transaction, and returns the rows written per table. */
	public Map<String, Long> generate() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			readReference(connection);
			step(connection, "children", () -> new RegistryRows(this, connection).write(size(25_000)));
			step(connection, "consultations", () -> new ConsultationRows(this, connection).write(size(600_000), size(100_000), 4));
			step(connection, "institutions", () -> new InstitutionRows(this, connection).write(size(30_000)));
			step(connection, "training and council", () -> new TrainingAndCouncilRows(this, connection).write(size(5_000), size(2_000)));
			step(connection, "audit", () -> new AuditRows(this, connection).write(size(10_000_000)));
			analyse(connection, counts.keySet());
		}
		return counts;
	}

	/**
	 * PostgreSQL: VACUUM ANALYZE after the bulk load, as after any bulk load — the planner's statistics and the
	 * visibility map (index-only scans) otherwise wait for autovacuum, which may be slow to come or switched off
	 * (it is off on the CI machines here; with stale statistics the institution finder chose a nested loop over
	 * 1.4 million rows).
	 */
	private static void analyse(Connection connection, java.util.Collection<String> tables) throws SQLException {
		if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return;
		}
		long started = System.nanoTime();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("VACUUM ANALYZE " + table);
			}
		}
		finally {
			connection.setAutoCommit(false);
		}
		System.out.printf("generator: VACUUM ANALYZE done in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
	}

	interface Step {

		void run() throws SQLException;
	}

	private void step(Connection connection, String name, Step step) throws SQLException {
		long started = System.nanoTime();
		step.run();
		connection.commit();
		System.out.printf("generator: %s done in %d s%n", name, (System.nanoTime() - started) / 1_000_000_000);
	}

	int size(int full) {
		return Math.max(1, (int) Math.round(full * scale));
	}

	void counted(String table, long rows) {
		counts.merge(table, rows, Long::sum);
	}

	private void readReference(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT m.code, r.name FROM reference_municipalities m "
					+ "JOIN reference_regions r ON r.id = m.region_id WHERE m.retired = FALSE ORDER BY m.code")) {
				while (rows.next()) {
					municipalities.add(new String[] { rows.getString(1), rows.getString(2) });
				}
			}
			try (ResultSet rows = statement
				.executeQuery("SELECT DISTINCT item_no, base FROM reference_care_score_items ORDER BY item_no")) {
				while (rows.next()) {
					careItems.add(new int[] { rows.getInt(1), rows.getInt(2) });
				}
			}
			try (ResultSet rows = statement.executeQuery(
					"SELECT id, display_name FROM identity_users WHERE role IN ('CONSULTANT', 'CENTER_DIRECTOR', 'NURSE')")) {
				while (rows.next()) {
					owners.add(new Object[] { rows.getObject(1, UUID.class), rows.getString(2) });
				}
			}
		}
		if (municipalities.isEmpty() || careItems.isEmpty()) {
			throw new IllegalStateException("No reference data: start the application once on this database first");
		}
		if (owners.isEmpty()) {
			owners.add(new Object[] { UUID.nameUUIDFromBytes(BY.getBytes()), "見本 相談員" });
		}
	}

	// Shared helpers for the row writers.

	SplittableRandom random() {
		return random;
	}

	FictionalText text() {
		return text;
	}

	Instant now() {
		return now;
	}

	String[] municipality() {
		return municipalities.get(random.nextInt(municipalities.size()));
	}

	List<int[]> careItems() {
		return careItems;
	}

	Object[] owner() {
		return owners.get(random.nextInt(owners.size()));
	}

	List<UUID> childIds() {
		return childIds;
	}

	/** A moment in the last three years. */
	Instant pastInstant() {
		return now.minusSeconds(random.nextLong(3L * 365 * 24 * 3600));
	}

	LocalDate pastDate() {
		return LocalDate.ofInstant(pastInstant(), java.time.ZoneOffset.UTC);
	}

	LocalTime time(int fromHour) {
		return LocalTime.of(fromHour + random.nextInt(4), random.nextBoolean() ? 0 : 30);
	}

	static String searchKey(String... parts) {
		return KanaText.searchKey(String.join("", parts));
	}

	UUID uuid() {
		return new UUID(random.nextLong(), random.nextLong());
	}
}

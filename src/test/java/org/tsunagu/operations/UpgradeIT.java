package org.tsunagu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.tsunagu.testsupport.ScratchDatabase;
import org.tsunagu.testsupport.TestDatabase;

/**
 * An upgrade from the oldest release: a database created by the first migration only, with data in it, is
 * migrated to the newest version; the data survives and the application starts on it, Hibernate validating
 * every mapping against the migrated schema ({@code ddl-auto=validate}). On H2 and on PostgreSQL.
 * <p>
 * The context is closed after this class, and the PostgreSQL scratch database dropped only once it has closed:
 * a context whose database vanishes under it waits for a connection at its shutdown (the audit seal) until
 * Hikari's timeout, which held the test JVM at its exit.
 */
@Tag("db")
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap")
@ContextConfiguration(initializers = UpgradeIT.FirstVersionDatabase.class)
@DirtiesContext
class UpgradeIT {

	private static final UUID REGION = UUID.fromString("00000000-0000-0000-0000-00000000a001");

	private static @Nullable ScratchDatabase postgres;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@BeforeAll
	static void needsTheDatabaseOfThisPass() {
		if (TestDatabase.isPostgres()) {
			postgres = ScratchDatabase.create("upgrade");
		}
	}

	@Test
	void migratesADatabaseOfTheFirstVersionToTheNewestKeepingItsDataAndTheMappingsValidate() {
		// The context started: Flyway migrated it at start and Hibernate validated every mapping against it.
		MigrationInfo[] migrations = flyway.info().all();
		assertThat(migrations).allMatch(migration -> migration.getState().isApplied());
		assertThat(jdbc.queryForObject("SELECT m.name FROM reference_regions r JOIN reference_municipalities m "
				+ "ON m.region_id = r.id WHERE r.id = ? AND r.name = '見本圏域'", String.class, REGION))
			.as("the data of the first version")
			.isEqualTo("長野市");
	}

	/**
	 * Creates the database at the first migration's version with data in it, and points the context at it; a
	 * PostgreSQL scratch database is dropped after the context's beans (its connection pool last) are destroyed.
	 */
	static class FirstVersionDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			ScratchDatabase scratch = postgres;
			if (scratch != null && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
				beans.registerDisposableBean("upgradeScratchDatabase", scratch::close);
			}
			String url = postgres != null ? postgres.url()
					: "jdbc:h2:mem:upgrade-" + UUID.randomUUID()
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
			String user = postgres != null ? postgres.username() : "sa";
			String password = postgres != null ? postgres.password() : "";
			MigrationVersion first = flyway(url, user, password, null).info().all()[0].getVersion();
			flyway(url, user, password, first).migrate();
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				insertRegionWithMunicipality(connection);
			}
			catch (SQLException exception) {
				throw new IllegalStateException(exception);
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("upgrade-database",
					Map.of("spring.datasource.url", url, "spring.datasource.username", user,
							"spring.datasource.password", password)));
		}
	}

	private static Flyway flyway(String url, String user, String password, @Nullable MigrationVersion target) {
		var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
		return (target == null ? configuration : configuration.target(target)).load();
	}

	private static void insertRegionWithMunicipality(Connection connection) throws SQLException {
		Timestamp now = Timestamp.from(Instant.now());
		try (PreparedStatement region = connection.prepareStatement("INSERT INTO reference_regions (id, version, name, "
				+ "alias, office, office_city, sort_order, retired, created_at, created_by, updated_at, updated_by) "
				+ "VALUES (?, 0, '見本圏域', '見本', '見本保健福祉事務所', '長野市', 1, FALSE, ?, 'system', ?, 'system')");
				PreparedStatement municipality = connection.prepareStatement("INSERT INTO reference_municipalities "
						+ "(id, version, code, name, kana, region_id, retired, created_at, created_by, updated_at, "
						+ "updated_by) VALUES (?, 0, '202011', '長野市', 'ながのし', ?, FALSE, ?, 'system', ?, 'system')")) {
			region.setObject(1, REGION);
			region.setTimestamp(2, now);
			region.setTimestamp(3, now);
			region.executeUpdate();
			municipality.setObject(1, UUID.randomUUID());
			municipality.setObject(2, REGION);
			municipality.setTimestamp(3, now);
			municipality.setTimestamp(4, now);
			municipality.executeUpdate();
		}
	}
}

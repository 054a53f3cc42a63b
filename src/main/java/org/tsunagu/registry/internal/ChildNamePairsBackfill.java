package org.tsunagu.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tsunagu.shared.KanaText;

/**
 * Fills the name index ({@code registry_child_name_pairs}, created empty by the SQL migration before this one)
 * for the children registered before it existed. A Java migration because the pairs are counted in characters as
 * {@link KanaText#searchPairs} counts them, which SQL's substring functions of H2 and PostgreSQL do not agree on.
 * Spring Boot hands this bean to Flyway, so it runs once, in order, in Flyway's transaction.
 */
@Component
class ChildNamePairsBackfill implements JavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("202612070110");
	}

	@Override
	public String getDescription() {
		return "registry child name pairs backfill";
	}

	/** None: the code is the migration, and it does not change once applied. */
	@Override
	public @Nullable Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		fill(context.getConnection());
	}

	/** Writes the pairs of every child that has none yet; returns how many rows it wrote. */
	static long fill(Connection connection) throws SQLException {
		long written = 0;
		try (Statement read = connection.createStatement();
				ResultSet children = read.executeQuery("SELECT c.id, c.search_text FROM registry_children c WHERE NOT "
						+ "EXISTS (SELECT 1 FROM registry_child_name_pairs p WHERE p.child_id = c.id)");
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO registry_child_name_pairs (name_pair, child_id) VALUES (?, ?)")) {
			int batched = 0;
			while (children.next()) {
				UUID child = children.getObject(1, UUID.class);
				for (String pair : KanaText.searchPairs(children.getString(2))) {
					insert.setString(1, pair);
					insert.setObject(2, child);
					insert.addBatch();
					written++;
					if (++batched == BATCH) {
						insert.executeBatch();
						batched = 0;
					}
				}
			}
			if (batched > 0) {
				insert.executeBatch();
			}
		}
		return written;
	}
}

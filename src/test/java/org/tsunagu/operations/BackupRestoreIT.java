package org.tsunagu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.tsunagu.testsupport.ApplicationProcess;
import org.tsunagu.testsupport.ProcessTest;
import org.tsunagu.testsupport.ScratchDatabase;
import org.tsunagu.testsupport.TableFingerprints;
import org.tsunagu.testsupport.TableFingerprints.Fingerprint;

/**
 * The backup and restore commands of {@code ops/} (docs/operations.md) on the demo dataset plus an uploaded
 * document: the restored database holds every row of every table, byte for byte — for PostgreSQL
 * ({@code pg_dump -Fc} / {@code pg_restore}) and for the embedded H2 database ({@code SCRIPT} / {@code RUNSCRIPT}).
 */
@ProcessTest
class BackupRestoreIT {

	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Test
	void postgresBackupRestoresEveryRowIntoAnEmptyDatabaseAndTheApplicationStartsOnIt() throws Exception {
		try (ScratchDatabase source = ScratchDatabase.create("backup");
				ScratchDatabase target = ScratchDatabase.create("restore");
				ApplicationProcess app = ApplicationProcess.on(source, "backup-postgres").start()) {
			report("PostgreSQL first start with demo data", app.lastStartup().toMillis() + " ms");
			try (Connection connection = source.connect()) {
				uploadDocument(connection);
			}
			assertThat(app.stop()).as("exit code after SIGTERM").isEqualTo(143);
			Map<String, Fingerprint> before;
			try (Connection connection = source.connect()) {
				before = TableFingerprints.of(connection);
			}
			Path dump = Files.createTempDirectory("tsunagu-backup").resolve("tsunagu.dump");

			OpsScript.Result backup = OpsScript.run(source, "backup-postgres.sh", source.name(), dump.toString()).ok();
			OpsScript.Result restore = OpsScript.run(source, "restore-postgres.sh", dump.toString(), target.name()).ok();

			report("pg_dump -Fc", backup.took().toMillis() + " ms, " + Files.size(dump) + " bytes, "
					+ before.values().stream().mapToLong(Fingerprint::rows).sum() + " rows in " + before.size() + " tables");
			report("pg_restore", restore.took().toMillis() + " ms");
			try (Connection connection = target.connect()) {
				assertThat(TableFingerprints.of(connection)).isEqualTo(before);
			}
			assertThat(before.get("consultation_case_document_contents").rows()).isPositive();
			assertThat(OpsScript.run(source, "restore-postgres.sh", dump.toString(), target.name()).exitCode())
				.as("a restore into a database with tables is refused")
				.isEqualTo(1);
			try (ApplicationProcess restored = ApplicationProcess.on(target, "restored-postgres").start()) {
				report("start on the restored database", restored.lastStartup().toMillis() + " ms");
				assertThat(restored.stop()).isEqualTo(143);
			}
		}
	}

	@Test
	void h2BackupRestoresEveryRowIntoANewDatabase() throws Exception {
		try (ApplicationProcess app = ApplicationProcess.plain("backup-h2").property("spring.profiles.active", "demo")
			// Nothing is sealed on schedule: the entries of the demo data are sealed by the graceful stop only.
			.property("tsunagu.audit.seal-interval", "1h")) {
			FileSystemUtils.deleteRecursively(app.workingDirectory());
			app.start();
			report("H2 first start with demo data", app.lastStartup().toMillis() + " ms");
			assertThat(app.stop()).as("exit code after SIGTERM").isEqualTo(143);
			Path database = app.workingDirectory().resolve("data/tsunagu");
			try (Connection connection = h2(database); Statement statement = connection.createStatement();
					ResultSet unsealed = statement.executeQuery("SELECT count(*) FROM audit_entries WHERE chain_index IS NULL")) {
				unsealed.next();
				assertThat(unsealed.getLong(1)).as("audit entries left unsealed by a graceful stop on H2 (%s)",
						app.logTail(5)).isZero();
			}
			Path restoredDatabase = app.workingDirectory().resolve("restored/tsunagu");
			Path backupFile = app.workingDirectory().resolve("tsunagu-h2.zip");
			Map<String, Fingerprint> before;
			try (Connection connection = h2(database)) {
				uploadDocument(connection);
				before = TableFingerprints.of(connection);
			}
			String jar = ApplicationProcess.jar().toString();

			OpsScript.Result backup = OpsScript
				.run(Map.of(), "backup-h2.sh", jar, database.toString(), backupFile.toString()).ok();
			OpsScript.Result restore = OpsScript
				.run(Map.of(), "restore-h2.sh", jar, backupFile.toString(), restoredDatabase.toString()).ok();

			report("H2 SCRIPT", backup.took().toMillis() + " ms, " + Files.size(backupFile) + " bytes");
			report("H2 RUNSCRIPT", restore.took().toMillis() + " ms");
			try (Connection connection = h2(restoredDatabase)) {
				assertThat(TableFingerprints.of(connection)).isEqualTo(before);
			}
			assertThat(before.get("consultation_case_document_contents").rows()).isPositive();
		}
	}

	/** An uploaded case document as the upload stores it: its row and its bytes, every byte value once. */
	private static void uploadDocument(Connection connection) throws SQLException {
		UUID caseId;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT id FROM consultation_cases ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
			assertThat(rs.next()).as("the demo data has cases").isTrue();
			caseId = rs.getObject(1, UUID.class);
		}
		byte[] data = new byte[256];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) i;
		}
		UUID id = UUID.randomUUID();
		try (PreparedStatement document = connection.prepareStatement(
				"INSERT INTO consultation_case_documents (id, case_id, file_name, content_type, size_bytes, uploaded_by, "
						+ "uploaded_at) VALUES (?, ?, '見本の資料.pdf', 'application/pdf', ?, 'consultant', ?)");
				PreparedStatement content = connection
					.prepareStatement("INSERT INTO consultation_case_document_contents (id, data) VALUES (?, ?)")) {
			document.setObject(1, id);
			document.setObject(2, caseId);
			document.setLong(3, data.length);
			document.setTimestamp(4, Timestamp.from(Instant.now()));
			document.executeUpdate();
			content.setObject(1, id);
			content.setBytes(2, data);
			content.executeUpdate();
		}
	}

	private static Connection h2(Path database) throws SQLException {
		return DriverManager.getConnection("jdbc:h2:file:" + database + ";IFEXISTS=TRUE" + H2_OPTIONS, "sa", "");
	}

	private static void report(String what, String figure) {
		System.err.println("[tsunagu] measured: " + what + ": " + figure);
	}
}

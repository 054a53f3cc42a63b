package org.tsunagu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What must hold in the database after any crash: every write the API acknowledged is there, complete, and
 * nothing half-written is visible — no consultation without topics, no case without its opening entry, no
 * record without its audit entry or audit entry without its record, and a sealed audit chain without gaps.
 */
final class CrashInvariants {

	private CrashInvariants() {
	}

	static void check(Connection db, ApiWriters acknowledged) throws SQLException {
		Map<UUID, Long> topics = longs(db, "SELECT c.id, count(t.topic) FROM consultation_consultations c "
				+ "LEFT JOIN consultation_consultation_topics t ON t.consultation_id = c.id GROUP BY c.id");
		acknowledged.consultations.forEach((id, count) -> assertThat(topics.get(id))
			.as("topics of acknowledged consultation %s", id)
			.isEqualTo(count.longValue()));
		assertThat(topics).as("consultations without topics").doesNotContainValue(0L);

		Map<UUID, Long> opened = longs(db, "SELECT k.id, count(e.id) FROM consultation_cases k "
				+ "LEFT JOIN consultation_case_entries e ON e.case_id = k.id AND e.kind = 'OPENED' GROUP BY k.id");
		Map<UUID, UUID> caseConsultation = uuids(db, "SELECT id, consultation_id FROM consultation_cases");
		acknowledged.cases.forEach((id, consultation) -> assertThat(caseConsultation.get(id))
			.as("consultation of acknowledged case %s", id)
			.isEqualTo(consultation));
		assertThat(opened.values()).as("opening entries per case").allMatch(count -> count == 1L);

		Map<String, UUID> contacts = strings(db, "SELECT content, case_id FROM consultation_case_entries "
				+ "WHERE content LIKE '" + ApiWriters.MARKER + "contact-%'");
		acknowledged.contacts.forEach((content, kase) -> assertThat(contacts.get(content))
			.as("case of acknowledged contact %s", content)
			.isEqualTo(kase));

		// The demo generator writes without audit entries: only the clients' consultations and cases are checked.
		assertThat(list(db, "SELECT c.id FROM consultation_consultations c WHERE c.content LIKE '%" + ApiWriters.MARKER
				+ "%' AND NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.action = 'CREATE' AND a.target_type = "
				+ "'Consultation' AND a.target_id = CAST(c.id AS VARCHAR))"))
			.as("consultations without their audit entry")
			.isEmpty();
		assertThat(list(db, "SELECT k.id FROM consultation_cases k JOIN consultation_consultations c ON c.id = "
				+ "k.consultation_id WHERE c.content LIKE '%" + ApiWriters.MARKER + "%' AND NOT EXISTS (SELECT 1 FROM "
				+ "audit_entries a WHERE a.action = 'CREATE' AND a.target_type = 'ConsultationCase' AND a.target_id = "
				+ "CAST(k.id AS VARCHAR))"))
			.as("cases without their audit entry")
			.isEmpty();
		assertThat(list(db, "SELECT a.target_id FROM audit_entries a WHERE a.action = 'CREATE' AND a.target_type = "
				+ "'ConsultationCase' AND NOT EXISTS (SELECT 1 FROM consultation_cases k WHERE CAST(k.id AS VARCHAR) = a.target_id)"))
			.as("audit entries of cases that are not there")
			.isEmpty();
		assertThat(list(db, "SELECT CAST(h.last_index AS VARCHAR) FROM audit_chain_head h WHERE h.last_index <> "
				+ "(SELECT count(*) FROM audit_entries WHERE chain_index IS NOT NULL) OR h.last_index <> "
				+ "(SELECT coalesce(max(chain_index), 0) FROM audit_entries)"))
			.as("audit chain head that does not match the sealed entries")
			.isEmpty();
	}

	private static Map<UUID, Long> longs(Connection db, String sql) throws SQLException {
		Map<UUID, Long> rows = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.put(rs.getObject(1, UUID.class), rs.getLong(2));
			}
		}
		return rows;
	}

	private static Map<UUID, UUID> uuids(Connection db, String sql) throws SQLException {
		Map<UUID, UUID> rows = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			}
		}
		return rows;
	}

	private static Map<String, UUID> strings(Connection db, String sql) throws SQLException {
		Map<String, UUID> rows = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getObject(2, UUID.class));
			}
		}
		return rows;
	}

	private static List<String> list(Connection db, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}
}

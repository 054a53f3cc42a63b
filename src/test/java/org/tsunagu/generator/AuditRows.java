package org.tsunagu.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.tsunagu.audit.internal.GeneratedAuditChain;

/**
 * Audit entries (監査ログ) over the last three years, oldest first, sealed into the hash chain after the entries
 * already there. The chain's head row stays locked until the generator commits, as the sealing job locks it.
 */
final class AuditRows {

	private static final String[][] ACTIONS = { { "READ", "Child" }, { "READ", "Child" }, { "READ", "Consultation" },
			{ "READ", "ConsultationCase" }, { "UPDATE", "ConsultationCase" }, { "CREATE", "Consultation" },
			{ "READ", "Institution" }, { "EXPORT", "EmergencySheet" }, { "LOGIN_SUCCESS", "UserAccount" } };

	private static final String[] ACTORS = { "consultant1", "consultant2", "nurse1", "director", "clerk1", "hoken-matsumoto",
			"hoken-nagano", "admin" };

	private final NationalDataset data;

	private final Connection connection;

	AuditRows(NationalDataset data, Connection connection) {
		this.data = data;
		this.connection = connection;
	}

	void write(int entries) throws SQLException {
		long index;
		String hash;
		try (PreparedStatement head = connection
			.prepareStatement("SELECT last_index, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
				ResultSet row = head.executeQuery()) {
			row.next();
			index = row.getLong(1);
			hash = row.getString(2);
		}
		Instant start = data.now().minusSeconds(3L * 365 * 24 * 3600);
		long step = Math.max(1, 3L * 365 * 24 * 3600 / entries);
		try (TableLoader rows = TableLoader.open(connection, "audit_entries", "id", "occurred_at", "actor", "action",
				"target_type", "target_id", "detail", "remote_address", "chain_index", "entry_hash")) {
			for (int i = 0; i < entries; i++) {
				UUID id = data.uuid();
				Instant at = start.plusSeconds(i * step);
				String[] action = data.text().pick(ACTIONS);
				String actor = data.text().pick(ACTORS);
				String target = data.childIds().get(data.random().nextInt(data.childIds().size())).toString();
				String detail = action[0].equals("READ") ? null : "（架空）" + action[1];
				index++;
				hash = GeneratedAuditChain.hash(hash, index, id, at, actor, action[0], action[1], target, detail,
						"127.0.0.1");
				rows.row(id, at, actor, action[0], action[1], target, detail, "127.0.0.1", index, hash);
			}
			data.counted("audit_entries", rows.rows);
		}
		try (PreparedStatement head = connection
			.prepareStatement("UPDATE audit_chain_head SET last_index = ?, last_hash = ? WHERE id = 1")) {
			head.setLong(1, index);
			head.setString(2, hash);
			head.executeUpdate();
		}
	}
}

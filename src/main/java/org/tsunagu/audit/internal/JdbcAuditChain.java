package org.tsunagu.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditChain;
import org.tsunagu.audit.ChainVerification;

/**
 * Seals committed audit entries into the hash chain and verifies it. Plain SQL: the entries are immutable to
 * the application's entity mapping, and only this class ever sets their two chain columns, once.
 */
@Service
class JdbcAuditChain implements AuditChain {

	private static final Logger log = LoggerFactory.getLogger(JdbcAuditChain.class);

	private static final int BATCH = 500;

	private static final String COLUMNS = "id, occurred_at, actor, action, target_type, target_id, detail, remote_address";

	private final JdbcTemplate jdbc;

	JdbcAuditChain(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	@Scheduled(fixedDelayString = "${tsunagu.audit.seal-interval:5s}", initialDelayString = "${tsunagu.audit.seal-interval:5s}")
	public int sealPending() {
		// The lock on the head row makes sealing one-at-a-time, also across application nodes: a second node waits
		// here, then finds the entries sealed. So every node runs this schedule, without a ShedLock lock.
		Head head = jdbc.queryForObject("SELECT last_index, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
				(rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
		List<Row> pending = jdbc.query("SELECT " + COLUMNS + " FROM audit_entries WHERE chain_index IS NULL "
				+ "ORDER BY occurred_at, id FETCH FIRST " + BATCH + " ROWS ONLY", JdbcAuditChain::row);
		long index = head.lastIndex();
		String hash = head.lastHash();
		List<Object[]> seals = new java.util.ArrayList<>(pending.size());
		for (Row entry : pending) {
			index++;
			hash = entry.hash(hash, index);
			seals.add(new Object[] { index, hash, entry.id() });
		}
		// One JDBC batch per round, not a round trip per entry: under load the job must outpace the entries written.
		jdbc.batchUpdate("UPDATE audit_entries SET chain_index = ?, entry_hash = ? WHERE id = ? AND chain_index IS NULL",
				seals);
		if (!pending.isEmpty()) {
			jdbc.update("UPDATE audit_chain_head SET last_index = ?, last_hash = ? WHERE id = 1", index, hash);
		}
		return pending.size();
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Head head = jdbc.queryForObject("SELECT last_index, last_hash FROM audit_chain_head WHERE id = 1",
				(rs, row) -> new Head(rs.getLong(1), rs.getString(2)));
		long unsealed = count("SELECT COUNT(*) FROM audit_entries WHERE chain_index IS NULL");
		String previous = ChainHash.GENESIS;
		long expected = 1;
		while (true) {
			List<SealedRow> page = jdbc.query("SELECT " + COLUMNS + ", chain_index, entry_hash FROM audit_entries "
					+ "WHERE chain_index >= ? ORDER BY chain_index FETCH FIRST 1000 ROWS ONLY",
					(rs, n) -> new SealedRow(row(rs, n), rs.getLong("chain_index"), rs.getString("entry_hash")),
					expected);
			for (SealedRow sealed : page) {
				if (sealed.chainIndex() != expected) {
					return broken(expected - 1, expected, null, unsealed);
				}
				String recomputed = sealed.row().hash(previous, expected);
				if (!recomputed.equals(sealed.hash())) {
					return broken(expected - 1, expected, sealed.row().id(), unsealed);
				}
				previous = recomputed;
				expected++;
			}
			if (page.size() < 1000) {
				break;
			}
		}
		long checked = expected - 1;
		// Entries cut off the end of the chain: the head remembers how far it reached, and with which hash.
		if (checked != head.lastIndex() || !previous.equals(head.lastHash())) {
			return broken(checked, checked + 1, null, unsealed);
		}
		return new ChainVerification(checked, unsealed, null, null);
	}

	private static ChainVerification broken(long checked, long index, @Nullable UUID id, long unsealed) {
		log.warn("Audit chain broken at entry {} ({})", index, id);
		return new ChainVerification(checked, unsealed, index, id);
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
				rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("detail"), rs.getString("remote_address"));
	}

	private record Head(long lastIndex, String lastHash) {
	}

	private record SealedRow(Row row, long chainIndex, String hash) {
	}

	private record Row(UUID id, OffsetDateTime occurredAt, String actor, String action, String targetType,
			@Nullable String targetId, @Nullable String detail, @Nullable String remoteAddress) {

		String hash(String previous, long index) {
			return ChainHash.of(previous, index, id, occurredAt.toInstant(), actor, action, targetType, targetId,
					detail, remoteAddress);
		}
	}
}

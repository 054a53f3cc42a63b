package org.tsunagu.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of a database's {@code public} schema (from information_schema) with its row count and a hash of
 * its rows in a fixed order, so two databases — a source and its restored backup — compare row by row. Works on
 * PostgreSQL and H2; compare databases of the same kind.
 */
public final class TableFingerprints {

	private TableFingerprints() {
	}

	/** One table: how many rows and the SHA-256 of the sorted hashes of its rows. */
	public record Fingerprint(long rows, String hash) {
	}

	/** Table name → fingerprint, sorted by name. */
	public static Map<String, Fingerprint> of(Connection connection) throws SQLException {
		Map<String, Fingerprint> tables = new TreeMap<>();
		for (String table : tables(connection)) {
			tables.put(table, fingerprint(connection, table));
		}
		return tables;
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	private static Fingerprint fingerprint(Connection connection, String table) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= meta.getColumnCount(); column++) {
					row.append(meta.getColumnName(column)).append('=').append(value(rs, column)).append('\u0001');
				}
				rows.add(sha256(row.toString()));
			}
		}
		rows.sort(null);
		return new Fingerprint(rows.size(), sha256(String.join(",", rows)));
	}

	private static String value(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value == null) {
			return "\u0000null";
		}
		return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : rs.getString(column);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException(exception);
		}
	}
}

package org.tsunagu.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows into one table in bulk: PostgreSQL's COPY (text format) when the connection is PostgreSQL, JDBC
 * batches of prepared inserts otherwise (H2 in the tests). Never one statement per row and round trip.
 */
abstract class TableLoader implements AutoCloseable {

	long rows;

	static TableLoader open(Connection connection, String table, String... columns) throws SQLException {
		if (connection.isWrapperFor(PGConnection.class)) {
			return new Copy(connection.unwrap(PGConnection.class), table, columns);
		}
		return new Batch(connection, table, columns);
	}

	/** Adds one row; values are String, Number, Boolean, UUID, Instant, LocalDate, LocalTime or null. */
	abstract void row(Object... values) throws SQLException;

	@Override
	public abstract void close() throws SQLException;

	/** COPY ... FROM STDIN, fed in chunks of about a megabyte. */
	static final class Copy extends TableLoader {

		private final CopyIn copy;

		private final StringBuilder buffer = new StringBuilder(1 << 20);

		Copy(PGConnection connection, String table, String[] columns) throws SQLException {
			this.copy = connection.getCopyAPI()
				.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
		}

		@Override
		void row(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append('\t');
				}
				append(values[i]);
			}
			buffer.append('\n');
			rows++;
			if (buffer.length() > 1 << 20) {
				flush();
			}
		}

		private void append(Object value) {
			if (value == null) {
				buffer.append("\\N");
			}
			else if (value instanceof Boolean bool) {
				buffer.append(bool ? 't' : 'f');
			}
			else if (value instanceof String text) {
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					switch (c) {
						case '\\' -> buffer.append("\\\\");
						case '\t' -> buffer.append("\\t");
						case '\n' -> buffer.append("\\n");
						case '\r' -> buffer.append("\\r");
						default -> buffer.append(c);
					}
				}
			}
			else {
				buffer.append(value);
			}
		}

		private void flush() throws SQLException {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			flush();
			copy.endCopy();
		}
	}

	/** Prepared inserts sent 1,000 at a time. */
	static final class Batch extends TableLoader {

		private final PreparedStatement insert;

		Batch(Connection connection, String table, String[] columns) throws SQLException {
			String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
			this.insert = connection
				.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")");
		}

		@Override
		void row(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value instanceof Instant instant) {
					value = Timestamp.from(instant);
				}
				else if (value instanceof LocalDate date) {
					value = java.sql.Date.valueOf(date);
				}
				else if (value instanceof LocalTime time) {
					value = java.sql.Time.valueOf(time);
				}
				insert.setObject(i + 1, value);
			}
			insert.addBatch();
			if (++rows % 1_000 == 0) {
				insert.executeBatch();
			}
		}

		@Override
		public void close() throws SQLException {
			insert.executeBatch();
			insert.close();
		}
	}


}

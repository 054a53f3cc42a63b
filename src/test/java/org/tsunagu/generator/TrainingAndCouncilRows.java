package org.tsunagu.generator;

import static org.tsunagu.generator.NationalDataset.BY;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Training participants (研修受講者) and council meetings (会議), one council per 圏域 when there is none. */
final class TrainingAndCouncilRows {

	private final NationalDataset data;

	private final Connection connection;

	TrainingAndCouncilRows(NationalDataset data, Connection connection) {
		this.data = data;
		this.connection = connection;
	}

	void write(int people, int meetings) throws SQLException {
		try (TableLoader rows = TableLoader.open(connection, "training_people", "id", "version", "name", "kana",
				"birth_date", "email", "match_key", "created_at", "created_by", "updated_at", "updated_by")) {
			for (int i = 0; i < people; i++) {
				String[] family = data.text().familyName();
				String[] given = data.text().givenName();
				LocalDate birth = LocalDate.of(1960 + data.random().nextInt(40), 1 + data.random().nextInt(12),
						1 + data.random().nextInt(28));
				String kana = family[1] + " " + given[1];
				rows.row(data.uuid(), 0L, family[0] + " " + given[0], kana, birth, "person" + i + "@example.invalid",
						NationalDataset.searchKey(kana) + "|" + birth + "|" + i, data.now(), BY, data.now(), BY);
			}
			data.counted("training_people", rows.rows);
		}
		List<UUID> councils = councils();
		try (TableLoader rows = TableLoader.open(connection, "council_meetings", "id", "version", "created_at",
				"created_by", "updated_at", "updated_by", "council_id", "title", "held_on", "starts_at", "ends_at",
				"place", "minutes_status", "summary_published")) {
			for (int i = 0; i < meetings; i++) {
				LocalDate held = data.pastDate();
				rows.row(data.uuid(), 0L, data.now(), BY, data.now(), BY, councils.get(i % councils.size()),
						"（架空）第" + (i + 1) + "回 医療的ケア児支援連絡会議", held, java.time.LocalTime.of(13, 30),
						java.time.LocalTime.of(15, 30), data.text().pick(FictionalText.PLACES),
						data.random().nextBoolean() ? "CHECKED" : "DRAFT", false);
			}
			data.counted("council_meetings", rows.rows);
		}
	}

	private List<UUID> councils() throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM council_councils")) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
			}
		}
		if (!ids.isEmpty()) {
			return ids;
		}
		UUID id = data.uuid();
		try (var insert = connection.prepareStatement("INSERT INTO council_councils (id, version, created_at, "
				+ "created_by, updated_at, updated_by, kind, name, holder, support_council_section, sort_order) "
				+ "VALUES (?, 0, ?, ?, ?, ?, 'PREFECTURE', ?, ?, TRUE, 0)")) {
			insert.setObject(1, id);
			insert.setObject(2, java.sql.Timestamp.from(data.now()));
			insert.setString(3, BY);
			insert.setObject(4, java.sql.Timestamp.from(data.now()));
			insert.setString(5, BY);
			insert.setString(6, "（架空）医療的ケア児支援協議会");
			insert.setString(7, "（架空）県");
			insert.executeUpdate();
		}
		ids.add(id);
		return ids;
	}
}

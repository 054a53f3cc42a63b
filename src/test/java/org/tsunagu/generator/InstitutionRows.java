package org.tsunagu.generator;

import static org.tsunagu.generator.NationalDataset.BY;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Institutions (関係機関・社会資源) with one contact each and what care they accept (受入れ可否). */
final class InstitutionRows {

	private static final String[][] KINDS = { { "HOSPITAL", "病院", "ビョウイン" }, { "CLINIC", "クリニック", "クリニック" },
			{ "VISITING_NURSE", "訪問看護ステーション", "ホウモンカンゴステーション" },
			{ "CHILD_DEVELOPMENT_SUPPORT", "児童発達支援センター", "ジドウハッタツシエンセンター" },
			{ "AFTER_SCHOOL_DAY_SERVICE", "放課後等デイサービス", "ホウカゴトウデイサービス" },
			{ "SHORT_STAY", "短期入所ホーム", "タンキニュウショホーム" }, { "CONSULTATION_SUPPORT", "相談支援事業所", "ソウダンシエンジギョウショ" },
			{ "NURSERY", "保育園", "ホイクエン" }, { "SCHOOL", "小学校", "ショウガッコウ" } };

	private static final String[] ACCEPTANCE = { "ACCEPTS", "ACCEPTS", "CONDITIONAL", "DECLINES" };

	private final NationalDataset data;

	private final Connection connection;

	InstitutionRows(NationalDataset data, Connection connection) {
		this.data = data;
		this.connection = connection;
	}

	void write(int institutions) throws SQLException {
		List<UUID> ids = new ArrayList<>(institutions);
		try (TableLoader rows = TableLoader.open(connection, "institution_institutions", "id", "version", "name", "kana",
				"search_text", "kind", "municipality_code", "region_name", "phone", "age_min", "age_max", "capacity",
				"waiting_status", "last_confirmed_on", "public_listing", "retired", "created_at", "created_by",
				"updated_at", "updated_by")) {
			for (int i = 0; i < institutions; i++) {
				UUID id = data.uuid();
				ids.add(id);
				String[] kind = data.text().pick(KINDS);
				String[] family = data.text().familyName();
				String name = "架空" + family[0] + kind[1] + (i + 1);
				String kana = "カクウ" + family[1] + kind[2];
				String[] place = data.municipality();
				rows.row(id, 0L, name, kana, NationalDataset.searchKey(name) + "|" + NationalDataset.searchKey(kana),
						kind[0], place[0], place[1], "0000-00-" + String.format("%04d", i % 10_000), 0, 18,
						5 + data.random().nextInt(40), "ASK", data.pastDate(), data.random().nextBoolean(),
						data.random().nextInt(50) == 0, data.now(), BY, data.now(), BY);
			}
			data.counted("institution_institutions", rows.rows);
		}
		try (TableLoader rows = TableLoader.open(connection, "institution_contacts", "id", "institution_id", "name",
				"role", "phone", "sort_order")) {
			for (UUID id : ids) {
				rows.row(data.uuid(), id, data.text().familyName()[0] + " " + data.text().givenName()[0], "相談員",
						"0000-00-0000", 0);
			}
			data.counted("institution_contacts", rows.rows);
		}
		try (TableLoader rows = TableLoader.open(connection, "institution_capabilities", "id", "institution_id",
				"item_no", "acceptance")) {
			for (UUID id : ids) {
				int first = 1 + data.random().nextInt(14);
				int count = 1 + data.random().nextInt(5);
				for (int i = 0; i < count; i++) {
					rows.row(data.uuid(), id, 1 + (first + i - 1) % 14, data.text().pick(ACCEPTANCE));
				}
			}
			data.counted("institution_capabilities", rows.rows);
		}
	}
}

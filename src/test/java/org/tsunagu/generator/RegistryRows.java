package org.tsunagu.generator;

import static org.tsunagu.generator.NationalDataset.BY;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tsunagu.shared.KanaText;

/** Children (児童台帳) with their families and one care assessment (判定スコア) each, which is their latest. */
final class RegistryRows {

	private static final String[] RELATIONS = { "母", "父", "祖母", "祖父" };

	private static final String[] DIAGNOSES = { "脳性麻痺", "先天性心疾患", "染色体異常", "低酸素性虚血性脳症", "筋疾患", "神経疾患" };

	private final NationalDataset data;

	private final Connection connection;

	private final List<Object[]> assessmentRows = new ArrayList<>();

	private final List<Object[]> itemRows = new ArrayList<>();

	RegistryRows(NationalDataset data, Connection connection) {
		this.data = data;
		this.connection = connection;
	}

	void write(int children) throws SQLException {
		List<Object[]> pairRows = new ArrayList<>();
		try (TableLoader rows = TableLoader.open(connection, "registry_children", "id", "version", "family_name",
				"given_name", "family_name_kana", "given_name_kana", "search_text", "birth_date", "sex",
				"municipality_code", "region_name", "diagnoses", "meis_registered", "status", "created_at", "created_by",
				"updated_at", "updated_by", "latest_assessment_id", "latest_care_class")) {
			for (int i = 0; i < children; i++) {
				String[] family = data.text().familyName();
				String[] given = data.text().givenName();
				String[] place = data.municipality();
				UUID id = data.uuid();
				data.childIds().add(id);
				Object[] assessment = assessment(id);
				LocalDate birth = data.now().atZone(java.time.ZoneOffset.UTC).toLocalDate()
					.minusDays(data.random().nextInt(18 * 365));
				String searchText = NationalDataset.searchKey(family[0] + given[0] + "|" + family[1] + given[1]);
				for (String pair : KanaText.searchPairs(searchText)) {
					pairRows.add(new Object[] { pair, id });
				}
				rows.row(id, 0L, family[0], given[0], family[1], given[1], searchText, birth,
						data.random().nextBoolean() ? "MALE" : "FEMALE", place[0], place[1],
						data.text().pick(DIAGNOSES), data.random().nextInt(3) == 0, data.random().nextInt(20) == 0
								? "MOVED_OUT" : "ENROLLED",
						data.now(), BY, data.now(), BY, assessment[0], assessment[5]);
			}
			data.counted("registry_children", rows.rows);
		}
		// The name index the Child entity keeps (one COPY at a time per connection: after the children).
		try (TableLoader pairs = TableLoader.open(connection, "registry_child_name_pairs", "name_pair", "child_id")) {
			for (Object[] pair : pairRows) {
				pairs.row(pair);
			}
			data.counted("registry_child_name_pairs", pairs.rows);
		}
		writeFamilies();
		writeAssessments();
	}

	private void writeFamilies() throws SQLException {
		try (TableLoader rows = TableLoader.open(connection, "registry_family_members", "id", "child_id", "name",
				"relationship", "phone", "primary_contact", "sort_order")) {
			for (UUID child : data.childIds()) {
				int members = 1 + data.random().nextInt(3);
				for (int i = 0; i < members; i++) {
					String phone = String.format("090%08d", data.random().nextInt(100_000_000));
					rows.row(data.uuid(), child, data.text().familyName()[0] + " " + data.text().givenName()[0],
							RELATIONS[i % RELATIONS.length], phone, i == 0, i);
				}
			}
			data.counted("registry_family_members", rows.rows);
		}
	}

	/**
	 * One care assessment of the child, kept until the children are in (one COPY at a time per connection): its row,
	 * whose id and 区分 the child's row carries as its latest (V202612070200), and its items' rows.
	 */
	private Object[] assessment(UUID child) {
		UUID id = data.uuid();
		int count = 1 + data.random().nextInt(4);
		int total = 0;
		int first = data.random().nextInt(data.careItems().size());
		for (int i = 0; i < count; i++) {
			int[] item = data.careItems().get((first + i) % data.careItems().size());
			boolean high = data.random().nextBoolean();
			int points = high ? item[1] : Math.max(1, item[1] / 2);
			total += points;
			itemRows.add(new Object[] { id, i, item[0], 0, high ? "HIGH" : "MID", points });
		}
		String careClass = total >= 32 ? "CLASS_3" : total >= 16 ? "CLASS_2" : total >= 3 ? "CLASS_1" : "NONE";
		Object[] row = { id, 0L, child, data.pastDate(), total, careClass, data.now(), BY, data.now(), BY };
		assessmentRows.add(row);
		return row;
	}

	private void writeAssessments() throws SQLException {
		try (TableLoader assessments = TableLoader.open(connection, "registry_care_assessments", "id", "version",
				"child_id", "assessed_on", "total", "care_class", "created_at", "created_by", "updated_at", "updated_by")) {
			for (Object[] assessment : assessmentRows) {
				assessments.row(assessment);
			}
			data.counted("registry_care_assessments", assessments.rows);
		}
		try (TableLoader items = TableLoader.open(connection, "registry_care_assessment_items", "assessment_id",
				"sort_order", "item_no", "sub_item", "level", "points")) {
			for (Object[] item : itemRows) {
				items.row(item);
			}
			data.counted("registry_care_assessment_items", items.rows);
		}
	}
}

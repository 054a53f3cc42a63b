package org.tsunagu.generator;

import static org.tsunagu.generator.NationalDataset.BY;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Consultations (相談) with topics, and cases (ケース) opened from some of them with their contact records. */
final class ConsultationRows {

	private static final String[] CHANNELS = { "PHONE", "PHONE", "PHONE", "EMAIL", "VISIT", "HOME_VISIT", "WEB" };

	private static final String[] CONSULTERS = { "FAMILY", "FAMILY", "FAMILY", "PROVIDER", "MUNICIPALITY", "SCHOOL",
			"MEDICAL" };

	private static final String[] TOPICS = { "MEDICAL_CARE", "DAILY_LIFE", "SCHOOLING", "PUBLIC_SERVICES", "DISASTER",
			"TRANSITION", "FAMILY", "EMPLOYMENT" };

	private static final String[] STATUSES = { "RECEIVED", "IN_PROGRESS", "MONITORING", "CLOSED", "CLOSED", "CLOSED" };

	private final NationalDataset data;

	private final Connection connection;

	private final List<Object[]> cases = new ArrayList<>();

	ConsultationRows(NationalDataset data, Connection connection) {
		this.data = data;
		this.connection = connection;
	}

	void write(int consultations, int caseCount, int entriesPerCase) throws SQLException {
		int caseEvery = Math.max(1, consultations / caseCount);
		List<UUID> ids = new ArrayList<>(consultations);
		try (TableLoader rows = TableLoader.open(connection, "consultation_consultations", "id", "version",
				"received_at", "channel", "consulter_type", "consulter_name", "municipality_code", "region_name",
				"child_id", "child_link", "content", "answer", "search_text", "status", "recorded_by", "created_at",
				"created_by", "updated_at", "updated_by")) {
			for (int i = 0; i < consultations; i++) {
				UUID id = data.uuid();
				ids.add(id);
				String[] place = data.municipality();
				UUID child = data.random().nextInt(3) == 0
						? data.childIds().get(data.random().nextInt(data.childIds().size())) : null;
				String content = data.text().consultation();
				String answer = data.random().nextInt(5) == 0 ? null : data.text().answer();
				String consulter = data.text().familyName()[0] + " " + data.text().givenName()[0];
				Instant received = data.pastInstant();
				rows.row(id, 0L, received, data.text().pick(CHANNELS), data.text().pick(CONSULTERS), consulter,
						place[0], place[1], child, child == null ? "UNKNOWN" : "LINKED", content, answer,
						searchText(content, answer, consulter), answer == null ? "UNANSWERED" : "CLOSED", BY, received,
						BY, received, BY);
				if (i % caseEvery == 0 && cases.size() < caseCount) {
					cases.add(new Object[] { id, content, place[1], child, received });
				}
			}
			data.counted("consultation_consultations", rows.rows);
		}
		writeTopics(ids);
		writeCases();
		writeEntries(entriesPerCase);
	}

	private static String searchText(String content, String answer, String consulter) {
		String key = NationalDataset.searchKey(content) + "\n" + (answer == null ? "" : NationalDataset.searchKey(answer)
				+ "\n") + NationalDataset.searchKey(consulter);
		return key;
	}

	private void writeTopics(List<UUID> ids) throws SQLException {
		try (TableLoader rows = TableLoader.open(connection, "consultation_consultation_topics", "consultation_id",
				"topic")) {
			for (UUID id : ids) {
				int first = data.random().nextInt(TOPICS.length);
				rows.row(id, TOPICS[first]);
				if (data.random().nextInt(3) == 0) {
					rows.row(id, TOPICS[(first + 1) % TOPICS.length]);
				}
			}
			data.counted("consultation_consultation_topics", rows.rows);
		}
	}

	private void writeCases() throws SQLException {
		try (TableLoader rows = TableLoader.open(connection, "consultation_cases", "id", "version", "consultation_id",
				"title", "region_name", "child_id", "owner_id", "owner_name", "status", "priority", "next_contact_due",
				"close_requested", "opened_on", "closed_on", "created_at", "created_by", "updated_at", "updated_by")) {
			for (Object[] found : cases) {
				UUID id = data.uuid();
				LocalDate opened = LocalDate.ofInstant((Instant) found[4], ZoneOffset.UTC);
				String status = data.text().pick(STATUSES);
				boolean closed = status.equals("CLOSED");
				Object[] owner = data.owner();
				String title = (String) found[1];
				rows.row(id, 0L, found[0], title.length() > 60 ? title.substring(0, 60) : title, found[2], found[3],
						owner[0], owner[1], status, data.random().nextInt(5) == 0 ? "HIGH" : "NORMAL",
						closed ? null : opened.plusDays(7 + data.random().nextInt(60)), false, opened,
						closed ? opened.plusDays(30 + data.random().nextInt(300)) : null, found[4], BY, found[4], BY);
				found[0] = id;
			}
			data.counted("consultation_cases", rows.rows);
		}
	}

	private void writeEntries(int perCase) throws SQLException {
		try (TableLoader rows = TableLoader.open(connection, "consultation_case_entries", "id", "case_id", "kind",
				"occurred_on", "channel", "counterpart", "content", "recorded_by", "recorded_at")) {
			for (Object[] found : cases) {
				Instant at = (Instant) found[4];
				rows.row(data.uuid(), found[0], "OPENED", LocalDate.ofInstant(at, ZoneOffset.UTC), null, null,
						"（架空）ケースを開始した", BY, at);
				for (int i = 1; i < perCase; i++) {
					at = at.plusSeconds(86_400L * (1 + data.random().nextInt(30)));
					rows.row(data.uuid(), found[0], "CONTACT", LocalDate.ofInstant(at, ZoneOffset.UTC),
							data.text().pick(CHANNELS), "母", data.text().contact(), BY, at);
				}
			}
			data.counted("consultation_case_entries", rows.rows);
		}
	}
}

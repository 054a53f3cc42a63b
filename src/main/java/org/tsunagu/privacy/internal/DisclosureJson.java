package org.tsunagu.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tsunagu.privacy.Disclosure;
import org.tsunagu.shared.ChildDataRecord;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable disclosure: one object per section key, each record with its id, heading and fields as
 * label/value pairs (labels are the Japanese ones of the PDF), plus the access log. Times are ISO-8601 UTC.
 */
@Component
class DisclosureJson {

	static final String FORMAT = "tsunagu-disclosure/1";

	private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	String write(Disclosure disclosure) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", FORMAT);
		root.put("childId", disclosure.childId().toString());
		root.put("generatedAt", disclosure.generatedAt().toString());
		root.put("generatedBy", disclosure.generatedBy());
		Map<String, Object> sections = new LinkedHashMap<>();
		for (Disclosure.Section section : disclosure.sections()) {
			sections.put(section.key(), Map.of("title", section.title(), "records",
					section.records().stream().map(DisclosureJson::record).toList()));
		}
		root.put("sections", sections);
		root.put("accessLog", disclosure.accessLog().stream().map(entry -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("occurredAt", entry.occurredAt().toString());
			line.put("actor", entry.actor());
			line.put("action", entry.action());
			line.put("targetType", entry.targetType());
			line.put("detail", entry.detail());
			return line;
		}).toList());
		return mapper.writeValueAsString(root);
	}

	private static Map<String, Object> record(ChildDataRecord record) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", record.id());
		out.put("heading", record.heading());
		out.put("fields", record.fields()
			.stream()
			.map(field -> Map.of("label", field.label(), "value", field.value()))
			.toList());
		return out;
	}
}

package org.tsunagu.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tsunagu.shared.ChildDataRecord;

/**
 * Everything the system holds about one child at one moment.
 *
 * @param childId the child
 * @param generatedAt when it was gathered (UTC)
 * @param generatedBy who gathered it (login name)
 * @param sections the modules' sections in order, empty ones included (a family may ask "nothing there?")
 * @param accessLog who viewed or changed the data, newest first
 */
public record Disclosure(UUID childId, Instant generatedAt, String generatedBy, List<Section> sections,
		List<AccessLogEntry> accessLog) {

	public Disclosure {
		sections = List.copyOf(sections);
		accessLog = List.copyOf(accessLog);
	}

	/** The child's name as the registry section gives it, or the id when the registry has no record. */
	public String childName() {
		return sections.stream()
			.filter(section -> section.key().equals("child"))
			.flatMap(section -> section.records().stream())
			.map(ChildDataRecord::heading)
			.findFirst()
			.orElse(childId.toString());
	}

	/**
	 * One module's part.
	 *
	 * @param key the machine-readable name (JSON key)
	 * @param title the Japanese title
	 * @param records the records
	 */
	public record Section(String key, String title, List<ChildDataRecord> records) {

		public Section {
			records = List.copyOf(records);
		}
	}
}

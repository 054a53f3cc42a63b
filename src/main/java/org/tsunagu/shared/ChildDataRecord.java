package org.tsunagu.shared;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One record of a {@link ChildDataSection}: a heading and labelled values, as a family reads them.
 *
 * @param id the record's id, when it has one (also used to find who viewed it in the audit log)
 * @param heading a short heading, e.g. 相談 2026年4月1日
 * @param fields the labelled values, in reading order
 */
public record ChildDataRecord(@Nullable String id, String heading, List<Field> fields) {

	public ChildDataRecord {
		Objects.requireNonNull(heading, "heading");
		fields = List.copyOf(fields);
	}

	/** A labelled value. */
	public record Field(String label, String value) {
	}

	/** Starts a record. */
	public static Builder builder(@Nullable Object id, String heading) {
		return new Builder(id == null ? null : id.toString(), heading);
	}

	/** Adds fields, leaving out empty values and writing dates and times the same way everywhere. */
	public static final class Builder {

		private static final Set<String> SKIPPED = Set.of("id", "version", "childId", "referralVersion", "labelKey");

		private final @Nullable String id;

		private final String heading;

		private final List<Field> fields = new ArrayList<>();

		private Builder(@Nullable String id, String heading) {
			this.id = id;
			this.heading = heading;
		}

		/** Adds {@code label: value} unless the value is {@code null}, blank or an empty collection. */
		public Builder field(String label, @Nullable Object value) {
			String text = text(value);
			if (!text.isBlank()) {
				fields.add(new Field(label, text));
			}
			return this;
		}

		/**
		 * Adds every component of a read record (nested records flattened), labelled in Japanese where
		 * {@code labels} knows the component name and by the name otherwise; ids and versions are left out.
		 */
		public Builder components(Record record, Map<String, String> labels) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				String name = component.getName();
				if (SKIPPED.contains(name)) {
					continue;
				}
				Object value = value(record, component);
				if (value instanceof Record nested) {
					components(nested, labels);
				}
				else {
					field(labels.getOrDefault(name, name), value);
				}
			}
			return this;
		}

		private static @Nullable Object value(Record record, RecordComponent component) {
			try {
				return component.getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException exception) {
				throw new IllegalStateException("Cannot read " + component.getName(), exception);
			}
		}

		public ChildDataRecord build() {
			return new ChildDataRecord(id, heading, fields);
		}

		private static String text(@Nullable Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof Instant instant) {
				return new JapaneseDates().dateTime(instant);
			}
			if (value instanceof LocalDate date) {
				return new JapaneseDates().seireki(date);
			}
			if (value instanceof Boolean flag) {
				return flag ? "はい" : "いいえ";
			}
			if (value instanceof Collection<?> items) {
				return items.stream().map(item -> item instanceof Record r ? recordText(r) : text(item)).filter(s -> !s.isBlank()).collect(Collectors.joining("、"));
			}
			return value.toString().strip();
		}

		/** A record inside a list (a family member, a care item) on one line: its non-empty values. */
		private static String recordText(Record record) {
			List<String> parts = new ArrayList<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				String text = text(value(record, component));
				if (!text.isBlank() && !SKIPPED.contains(component.getName())) {
					parts.add(text);
				}
			}
			return "（" + String.join(" ", parts) + "）";
		}
	}
}

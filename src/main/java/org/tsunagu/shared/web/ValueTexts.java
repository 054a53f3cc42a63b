package org.tsunagu.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;

/**
 * How {@link StaleEdits} shows a form value to a person: labels and enum names from the messages, dates as
 * dates, lists joined, nested rows (e.g. family members) as the text of their own fields. Two values are
 * "different" exactly when they show differently, so formatting noise never counts as a change.
 */
final class ValueTexts {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final @Nullable MessageSource messages;

	private final Locale locale;

	private final String prefix;

	ValueTexts(@Nullable MessageSource messages, Locale locale, String prefix) {
		this.messages = messages;
		this.locale = locale;
		this.prefix = prefix;
	}

	/** The field's label: {@code <prefix>.<property>}, else the caption of a group of rows, else the name. */
	String label(String property) {
		for (String scope = prefix; !scope.isEmpty(); scope = parent(scope)) {
			String key = scope + "." + property;
			String label = message(key, message(key + ".caption", ""));
			if (!label.isEmpty()) {
				return label;
			}
		}
		return property;
	}

	/** {@code institution.coordinator} → {@code institution}: shared labels sit under the module prefix. */
	private static String parent(String scope) {
		int dot = scope.lastIndexOf('.');
		return dot < 0 ? "" : scope.substring(0, dot);
	}

	String describe(String property, @Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> constant) {
			return enumText(property, constant);
		}
		if (value instanceof Boolean flag) {
			return message(flag ? "stale.yes" : "stale.no", flag.toString());
		}
		if (value instanceof LocalDateTime dateTime) {
			return DATE_TIME.format(dateTime);
		}
		if (value instanceof LocalDate || value instanceof TemporalAccessor || value instanceof CharSequence
				|| value instanceof Number || BeanUtils.isSimpleValueType(value.getClass())) {
			return value.toString().strip();
		}
		if (value instanceof Collection<?> items) {
			// Checkbox lists come in page order, stored sets in any order: enums are compared in declared order.
			return items.stream().sorted(ValueTexts::enumOrder).map(item -> describe(property, item))
				.filter(text -> !text.isBlank()).collect(Collectors.joining("、"));
		}
		if (value instanceof Map<?, ?> map) {
			return describe(property, map.values());
		}
		return nested(value);
	}

	/** A row object (e.g. one family member): the texts of its own simple fields, blanks left out. */
	private String nested(Object bean) {
		BeanWrapper row = PropertyAccessorFactory.forBeanPropertyAccess(bean);
		StringBuilder text = new StringBuilder();
		for (var property : row.getPropertyDescriptors()) {
			Object value = property.getName().equals("class") || !row.isReadableProperty(property.getName()) ? null
					: row.getPropertyValue(property.getName());
			if (value != null && (BeanUtils.isSimpleValueType(value.getClass()) || value instanceof Enum<?>)) {
				String part = describe(property.getName(), value);
				if (!part.isBlank() && !(value instanceof Boolean)) {
					text.append(text.isEmpty() ? "" : " ").append(part);
				}
			}
		}
		return text.toString();
	}

	private static int enumOrder(@Nullable Object one, @Nullable Object other) {
		return one instanceof Enum<?> a && other instanceof Enum<?> b ? Integer.compare(a.ordinal(), b.ordinal()) : 0;
	}

	private String enumText(String property, Enum<?> constant) {
		String singular = property.endsWith("s") ? property.substring(0, property.length() - 1) : property;
		String key = prefix + "." + property + "." + constant.name();
		return message(key, message(prefix + "." + singular + "." + constant.name(), constant.name()));
	}

	private String message(String key, String fallback) {
		if (messages == null) {
			return fallback;
		}
		String text = messages.getMessage(key, null, fallback, locale);
		return text == null ? fallback : text;
	}
}

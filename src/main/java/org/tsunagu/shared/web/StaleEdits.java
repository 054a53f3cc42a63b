package org.tsunagu.shared.web;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A stale save in an edit form, shown so the user can re-apply deliberately. The form is re-rendered with the
 * user's input kept, the fields whose submitted value differs from the current record are listed (label,
 * their value, current value; {@code fragments/stale :: changes}, shown by the layout), and the form's
 * version is moved to the current one: a second submit overwrites on purpose instead of failing again.
 * <p>
 * Generic over form objects: any form with a {@code version} property works. The current record is passed as
 * the same form type built from it (e.g. {@code ChildForm.of(children.get(id))}), so both sides are compared
 * property by property. Labels are {@code <prefix>.<property>} message keys (else the same key under the
 * prefix's parents, e.g. {@code institution.kana} for {@code institution.coordinator}), enum values
 * {@code <prefix>.<property>.<NAME>} (or the singular property name), falling back to the raw text.
 */
public final class StaleEdits {

	/** Model attribute holding the list of {@link FieldChange}s. */
	public static final String CHANGES = "staleChanges";

	private static final Set<String> ALWAYS_IGNORED = Set.of("class", "version");

	private StaleEdits() {
	}

	/**
	 * Prepares the re-rendered form after a {@code StaleRecordException}: the conflict notice, the list of
	 * differing fields and the current version on {@code submitted}.
	 *
	 * @param model the model of the form view
	 * @param submitted the user's form as bound from the request (kept as it is, apart from its version)
	 * @param current the same form type filled from the record as it is stored now
	 * @param messagePrefix the module prefix of the form's labels, e.g. {@code registry}
	 * @param ignored properties not shown (helpers such as confirmation checkboxes)
	 * @return the changes found, in property order
	 */
	public static List<FieldChange> reapply(Model model, Object submitted, Object current, String messagePrefix,
			String... ignored) {
		BeanWrapper yours = PropertyAccessorFactory.forBeanPropertyAccess(submitted);
		BeanWrapper theirs = PropertyAccessorFactory.forBeanPropertyAccess(current);
		ValueTexts texts = new ValueTexts(messages(), LocaleContextHolder.getLocale(), messagePrefix);
		List<FieldChange> changes = new ArrayList<>();
		for (PropertyDescriptor property : yours.getPropertyDescriptors()) {
			String name = property.getName();
			if (ALWAYS_IGNORED.contains(name) || Set.of(ignored).contains(name) || !isInput(yours, property)
					|| !theirs.isReadableProperty(name)) {
				continue;
			}
			String mine = texts.describe(name, yours.getPropertyValue(name));
			String stored = texts.describe(name, theirs.getPropertyValue(name));
			if (!Objects.equals(mine, stored)) {
				changes.add(new FieldChange(name, texts.label(name), mine, stored));
			}
		}
		if (yours.isWritableProperty("version") && theirs.isReadableProperty("version")) {
			yours.setPropertyValue("version", theirs.getPropertyValue("version"));
		}
		model.addAttribute("flashError", "form.conflict.reapply");
		model.addAttribute(CHANGES, changes);
		return changes;
	}

	/** A field the user fills in: settable, or a list of rows; not a derived check such as isPlaceGiven(). */
	private static boolean isInput(BeanWrapper form, PropertyDescriptor property) {
		return form.isReadableProperty(property.getName())
				&& (property.getWriteMethod() != null || property.getPropertyType() != null
						&& Collection.class.isAssignableFrom(property.getPropertyType()));
	}

	private static @Nullable MessageSource messages() {
		// The web application context is the message source; outside a request, labels stay property names.
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? RequestContextUtils.findWebApplicationContext(attributes.getRequest()) : null;
	}

	/**
	 * One field that differs between the user's submission and the stored record.
	 *
	 * @param property the form property
	 * @param label the field's label in the user's language
	 * @param yours the value the user submitted, as shown
	 * @param current the value stored now, as shown
	 */
	public record FieldChange(String property, String label, String yours, String current) {
	}
}

package org.tsunagu.shared.web;

/**
 * One entry of the public site's menu (no login): a module that publishes pages under {@code /public}
 * declares a bean of this type, and the public layout lists it. Modules thus add public pages without the
 * public site knowing them.
 *
 * @param path the page's path, starting with {@code /public/}
 * @param messageKey the message key of the entry's name
 * @param descriptionKey the message key of a one-line description shown on the public top page
 * @param order the position in the menu (lower first)
 */
public record PublicSection(String path, String messageKey, String descriptionKey, int order) {

	public PublicSection {
		if (!path.startsWith("/public/")) {
			throw new IllegalArgumentException("A public page lives under /public/: " + path);
		}
	}
}

package org.tsunagu.consultation.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildManagement;

/**
 * Which children a search word names, asked of the registry with the caller's own rights: the registry's
 * kana- and width-insensitive name search decides, so children's names are never copied into the consultation
 * index, and a child outside the caller's scope is never matched by name.
 */
@Component
class ChildNameLookup {

	/** A word naming more children than this is a common fragment, not a name search. */
	static final int MAX_CHILDREN_PER_WORD = 50;

	private final ChildManagement children;

	ChildNameLookup(ChildManagement children) {
		this.children = children;
	}

	/** A lookup for one search: each word is asked once. */
	Function<String, Collection<UUID>> forOneSearch() {
		Map<String, Collection<UUID>> asked = new HashMap<>();
		return word -> asked.computeIfAbsent(word, this::childrenNamed);
	}

	private Collection<UUID> childrenNamed(String word) {
		if (word.codePointCount(0, word.length()) < 2) {
			return List.of();
		}
		var filter = new ChildFilter(word, null, null, null, null, null, null);
		return children.findIds(filter, MAX_CHILDREN_PER_WORD);
	}
}

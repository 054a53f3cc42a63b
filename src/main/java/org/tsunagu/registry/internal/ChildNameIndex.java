package org.tsunagu.registry.internal;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tsunagu.shared.KanaText;

/**
 * The registry's name index ({@code registry_child_name_pairs}, kept by {@link Child}): which children a name
 * search can find at all. A child's folded name contains a word only if it has every pair of two neighbouring
 * characters of the word, so the children having the word's first and last pairs (in code-point order: a kanji
 * pair when the word has one, the rarer kind) are a superset of the answer, and the LIKE of the search decides
 * among them. Asked in a query of its own rather than as a subquery, because PostgreSQL estimates a LIKE
 * {@code '%…%'} at one row and would scan every child first whatever the index holds.
 */
@Component
class ChildNameIndex {

	/** More children than this share the word's pairs: a common fragment, for which the scan is as quick. */
	static final int MAX_CANDIDATES = 1_000;

	private final ChildRepository children;

	ChildNameIndex(ChildRepository children) {
		this.children = children;
	}

	Candidates candidates(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Candidates.EVERY_CHILD;
		}
		SortedSet<String> pairs = KanaText.searchPairs(KanaText.searchWord(text));
		if (pairs.isEmpty()) {
			return Candidates.EVERY_CHILD;
		}
		List<String> ids = children.findIdsWithNamePairs(pairs.first(), pairs.last(), MAX_CANDIDATES + 1);
		return ids.size() > MAX_CANDIDATES ? Candidates.EVERY_CHILD
				: new Candidates(ids.stream().map(UUID::fromString).collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * The children a name search is to test: {@code ids}, or every child when {@code null} (no text, a
	 * one-character word, or a common fragment).
	 */
	record Candidates(@Nullable Set<UUID> ids) {

		static final Candidates EVERY_CHILD = new Candidates(null);

		/** The index rules every child out: the search finds nothing and need not ask. */
		boolean none() {
			return ids != null && ids.isEmpty();
		}
	}
}

package org.tsunagu.consultation.internal;

import java.util.List;

import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.tsunagu.consultation.SearchExcerpt;

/**
 * The passages of a hit that the words matched, from Hibernate Search's plain highlighter over the texts as
 * written. The plain highlighter scores each clause of the query on its own, so a word found in the title is
 * marked even when another word matched only a contact or a reading (the unified highlighter would want the
 * whole query to match the one field); and since each bigram carries its own offsets
 * ({@link KanaBigramFilter}), only the matched characters are marked, not their whole run. Matches found only by reading (きかんせっかい in 気管切開) have no passage: the caller falls back to
 * the start of the record.
 */
final class SearchHighlights {

	/** Characters of a passage around a match. */
	static final int FRAGMENT_SIZE = 60;

	/** Passages shown at most per record. */
	static final int PASSAGES = 2;

	/** Between two passages that are not next to each other. */
	static final String GAP = "…";

	private SearchHighlights() {
	}

	static HighlighterFinalStep highlighter(SearchHighlighterFactory h) {
		return h.plain()
			.tag(SearchExcerpt.MATCH_START, SearchExcerpt.MATCH_END)
			.fragmentSize(FRAGMENT_SIZE)
			.numberOfFragments(PASSAGES);
	}

	/** The marked passages of the one text field of a hit ({@link ConsultationSearchMapping#TEXT_SURFACE}). */
	static ProjectionFinalStep<List<String>> of(SearchProjectionFactory<?, ?> f) {
		return f.highlight(ConsultationSearchMapping.TEXT_SURFACE);
	}

	/** The marked passages joined by {@value #GAP}; or the fallback text unmarked when none marks a match. */
	static SearchExcerpt excerpt(List<?> fragments, String fallback) {
		if (!fragments.isEmpty()) {
			SearchExcerpt excerpt = SearchExcerpt.marked(String.join(GAP,
					fragments.stream().map(fragment -> String.valueOf(fragment).strip()).toList()));
			if (excerpt.hasMatch()) {
				return excerpt;
			}
		}
		return SearchExcerpt.plain(fallback);
	}
}

package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.CaseSearchQuery;
import org.tsunagu.consultation.ConsultationSearchQuery;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.shared.JapaneseDates;

/**
 * A search query as Hibernate Search predicates. Every word must match (AND): as a phrase over the bigrams of
 * the texts as written, or — for a word without kanji — over the bigrams of their readings, or as the name of
 * a linked child (the registry says which children the word names). A word with kanji is not matched by
 * reading: 機関 and 気管 read alike, and someone who types kanji means those kanji. The caller's 圏域 is a
 * filter of the query itself.
 */
final class ConsultationSearchPredicates {

	/** More words than this are ignored: a search box, not a document comparison. */
	static final int MAX_WORDS = 10;

	private ConsultationSearchPredicates() {
	}

	static PredicateFinalStep matching(SearchPredicateFactory f, ConsultationSearchQuery query, AccessScope scope,
			@Nullable UUID referenced, Function<String, Collection<UUID>> childrenNamed) {
		var bool = words(f, query.text(), scope, childrenNamed);
		if (referenced != null) {
			bool.must(f.id().matching(referenced));
		}
		keyword(f, bool, ConsultationSearchMapping.REGION, query.region());
		keyword(f, bool, ConsultationSearchMapping.CHANNEL, query.channel());
		keyword(f, bool, ConsultationSearchMapping.TOPIC, query.topic());
		keyword(f, bool, ConsultationSearchMapping.STATUS, query.status());
		keyword(f, bool, ConsultationSearchMapping.OWNER, query.owner());
		if (query.from() != null) {
			bool.filter(f.range().field(ConsultationSearchMapping.RECEIVED_AT).atLeast(startOf(query.from())));
		}
		if (query.to() != null) {
			bool.filter(f.range().field(ConsultationSearchMapping.RECEIVED_AT).lessThan(startOf(query.to().plusDays(1))));
		}
		return bool;
	}

	static PredicateFinalStep matchingCases(SearchPredicateFactory f, CaseSearchQuery query, AccessScope scope,
			Function<String, Collection<UUID>> childrenNamed) {
		var bool = words(f, query.text(), scope, childrenNamed);
		keyword(f, bool, ConsultationSearchMapping.REGION, query.region());
		keyword(f, bool, ConsultationSearchMapping.STATUS, query.status());
		keyword(f, bool, ConsultationSearchMapping.OWNER, query.owner());
		if (query.from() != null) {
			bool.filter(f.range().field(ConsultationSearchMapping.OPENED_ON).atLeast(query.from()));
		}
		if (query.to() != null) {
			bool.filter(f.range().field(ConsultationSearchMapping.OPENED_ON).atMost(query.to()));
		}
		return bool;
	}

	/** The words of a query: split at spaces (full-width ones too), at most {@value #MAX_WORDS}. */
	static List<String> words(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("[\\s\\u3000]+"))
			.filter(word -> !word.isBlank())
			.limit(MAX_WORDS)
			.toList();
	}

	private static BooleanPredicateClausesStep<?, ?> words(SearchPredicateFactory f, @Nullable String text,
			AccessScope scope, Function<String, Collection<UUID>> childrenNamed) {
		var bool = f.bool();
		List<String> words = words(text);
		if (words.isEmpty()) {
			// Filters alone: every record of the scope. With words, the words alone decide the score.
			bool.must(f.matchAll());
		}
		for (String word : words) {
			Collection<UUID> children = childrenNamed.apply(word);
			PredicateFinalStep written = word(f, word);
			bool.must(children.isEmpty() ? written
					: f.or(written, f.terms().field(ConsultationSearchMapping.CHILD).matchingAny(children)));
		}
		if (scope.region() != null) {
			bool.filter(f.match().field(ConsultationSearchMapping.REGION).matching(scope.region()));
		}
		return bool;
	}

	private static PredicateFinalStep word(SearchPredicateFactory f, String word) {
		String folded = JapaneseSearchAnalyzers.fold(word);
		if (folded.codePointCount(0, folded.length()) == 1) {
			// A single character is not a bigram: any bigram starting or ending with it.
			return f.or(f.wildcard().field(ConsultationSearchMapping.TEXT_SURFACE).matching(escape(folded) + "*"),
					f.wildcard().field(ConsultationSearchMapping.TEXT_SURFACE).matching("?" + escape(folded)));
		}
		var written = f.phrase().field(ConsultationSearchMapping.TEXT_SURFACE).matching(word);
		if (hasKanji(word)) {
			return written;
		}
		return f.or(written, f.phrase().field(ConsultationSearchMapping.TEXT_READING).matching(word));
	}

	static boolean hasKanji(String word) {
		return word.codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
	}

	private static void keyword(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
			@Nullable Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return;
		}
		bool.filter(f.match().field(field).matching(value));
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(JapaneseDates.JST).toInstant();
	}
}

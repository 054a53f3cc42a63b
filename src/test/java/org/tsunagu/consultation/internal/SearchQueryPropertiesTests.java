package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.QueryBuilder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is typed into the consultation search box, splitting it into words, folding them and analysing them
 * into phrase queries — the path of {@link ConsultationSearchPredicates} — never fails: at most
 * {@value ConsultationSearchPredicates#MAX_WORDS} non-blank words, each a query or nothing.
 */
class SearchQueryPropertiesTests {

	static final List<Analyzer> ANALYZERS = List.of(JapaneseSearchAnalyzers.surface(),
			JapaneseSearchAnalyzers.reading());

	@Property(tries = 300)
	void anyTypedTextBecomesAtMostTenWordsThatAnalyseWithoutFailing(@ForAll("typed") String text) {
		List<String> words = ConsultationSearchPredicates.words(text);

		assertThat(words).hasSizeLessThanOrEqualTo(ConsultationSearchPredicates.MAX_WORDS)
			.allSatisfy(word -> assertThat(word).isNotBlank());
		for (String word : words) {
			JapaneseSearchAnalyzers.fold(word);
			ConsultationSearchPredicates.hasKanji(word);
			for (Analyzer analyzer : ANALYZERS) {
				new QueryBuilder(analyzer).createPhraseQuery("text", word);
			}
		}
	}

	@Provide
	Arbitrary<String> typed() {
		Arbitrary<Character> special = Arbitraries.of('*', '?', '\\', '"', '(', ')', ':', '~', '^', '[', ']', '{',
				'}', '!', '+', '-', '&', '|', '/', ' ', '\u3000', '\t', '\n', '\u0000', '\uFEFF', 'ｱ', 'ﾞ', '髙', '気',
				'き', 'ー', '々', '〜', '①', 'Ａ');
		Arbitrary<String> surrogates = Arbitraries.of("𠮷", "👨‍👩‍👧", "\uD800", "\uDC00", "e\u0301", "ｶﾞ");
		Arbitrary<String> pieces = Arbitraries.oneOf(special.map(String::valueOf), surrogates,
				Arbitraries.strings().all().ofMaxLength(8));
		return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
	}
}

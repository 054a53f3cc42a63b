package org.tsunagu.consultation.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.util.CharTokenizer;

import com.ibm.icu.text.Normalizer2;

/**
 * The two analyzers of the consultation search. Both fold width and case first (NFKC_CF: ｷｶﾝ = キカン,
 * １２ = 12) and katakana to hiragana last, and index positional bigrams that a phrase query matches:
 * <ul>
 * <li>{@link #surface()}: the text as written — 気管切開 is found by 切開 or by 気管切開, タナカ by たなか.
 * <li>{@link #reading()}: the readings kuromoji gives the words (with the care vocabulary of
 * {@value #USER_DICTIONARY}), joined — 気管切開 is found by きかんせっかい, 田中 by たなか.
 * </ul>
 */
final class JapaneseSearchAnalyzers {

	static final String SURFACE = "ja_surface";

	static final String READING = "ja_reading";

	static final String USER_DICTIONARY = "consultation/kuromoji-userdict.txt";

	private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

	private JapaneseSearchAnalyzers() {
	}

	/** Text as written, split into runs of letters and digits. */
	static Analyzer surface() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
				return new TokenStreamComponents(tokenizer, new KanaBigramFilter(tokenizer));
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new ICUNormalizer2CharFilter(reader, NFKC_CF);
			}
		};
	}

	/** Readings of the words (katakana in the dictionary), in normal mode so compounds are read once. */
	static Analyzer reading() {
		UserDictionary dictionary = userDictionary();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new JapaneseTokenizer(dictionary, true, JapaneseTokenizer.Mode.NORMAL);
				TokenStream readings = new JapaneseReadingFormFilter(tokenizer, false);
				return new TokenStreamComponents(tokenizer, new KanaBigramFilter(readings));
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new ICUNormalizer2CharFilter(reader, NFKC_CF);
			}
		};
	}

	/** A query word folded as the analyzers fold text, for the one-character case that needs a wildcard. */
	static String fold(String word) {
		return KanaBigramFilter.hiragana(NFKC_CF.normalize(word));
	}

	static UserDictionary userDictionary() {
		var stream = JapaneseSearchAnalyzers.class.getClassLoader().getResourceAsStream(USER_DICTIONARY);
		if (stream == null) {
			throw new IllegalStateException("Missing " + USER_DICTIONARY);
		}
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			return UserDictionary.open(reader);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}
}

package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * The analyzers as the search uses them: a phrase query over positional bigrams, on a real Lucene index.
 */
class JapaneseSearchAnalyzersTests {

	@Test
	void findsKanjiFromTheirReadingInHiragana() throws IOException {
		List<String> texts = List.of("（架空）気管切開の管理について相談", "（架空）胃瘻からの注入について", "（架空）たろうくんの通学");

		assertThat(matches(JapaneseSearchAnalyzers.reading(), texts, "きかんせっかい")).containsExactly(0);
		assertThat(matches(JapaneseSearchAnalyzers.reading(), texts, "いろう")).containsExactly(1);
		assertThat(matches(JapaneseSearchAnalyzers.reading(), texts, "かくたんきゅういん")).isEmpty();
	}

	@Test
	void findsKatakanaNamesFromHiraganaAndHalfWidthKana() throws IOException {
		List<String> texts = List.of("（架空）ミホン タロウさんの母から", "（架空）みほん花子さんの件");

		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "みほん")).containsExactly(0, 1);
		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "たろう")).containsExactly(0);
		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "ﾀﾛｳ")).containsExactly(0);
		assertThat(matches(JapaneseSearchAnalyzers.reading(), List.of("（架空）気管切開"), "ｷｶﾝｾｯｶｲ")).containsExactly(0);
	}

	@Test
	void eachBigramCoversOnlyItsOwnCharactersSoTheHighlighterMarksWhatMatched() throws IOException {
		String text = "（架空）ハイライト試験です";
		List<String> covered = new ArrayList<>();
		try (TokenStream stream = JapaneseSearchAnalyzers.surface().tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				covered.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}

		assertThat(covered).contains("試験=試験", "はい=ハイ", "です=です").doesNotContain("試験=ハイライト試験です");
	}

	@Test
	void foldsWidthOfDigitsAndLatinLetters() throws IOException {
		List<String> texts = List.of("（架空）ＮＩＣＵを退院して１２月から在宅", "（架空）12歳の誕生日");

		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "nicu")).containsExactly(0);
		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "12")).containsExactly(0, 1);
		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "１２月")).containsExactly(0);
	}

	@Test
	void matchesStretchesInsideWordsButNotAcrossPunctuation() throws IOException {
		List<String> texts = List.of("（架空）気管切開", "（架空）気管。切開は予定なし");

		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "管切")).containsExactly(0);
		assertThat(matches(JapaneseSearchAnalyzers.surface(), texts, "気管切開")).containsExactly(0);
	}

	@Test
	void foldsAQueryWordAsTheAnalyzersDo() {
		assertThat(JapaneseSearchAnalyzers.fold("ｲ")).isEqualTo("い");
		assertThat(JapaneseSearchAnalyzers.fold("Ａ")).isEqualTo("a");
	}

	static List<Integer> matches(Analyzer analyzer, List<String> texts, String query) throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (int i = 0; i < texts.size(); i++) {
					Document document = new Document();
					document.add(new TextField("text", texts.get(i), Field.Store.NO));
					document.add(new TextField("n", String.valueOf(i), Field.Store.YES));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query phrase = new QueryBuilder(analyzer).createPhraseQuery("text", query);
				if (phrase == null) {
					return List.of();
				}
				var hits = searcher.search(phrase, 10).scoreDocs;
				return java.util.Arrays.stream(hits)
					.map(hit -> Integer.valueOf(storedNumber(searcher, hit.doc)))
					.sorted()
					.toList();
			}
		}
	}

	private static String storedNumber(IndexSearcher searcher, int doc) {
		try {
			return searcher.storedFields().document(doc).get("n");
		}
		catch (IOException failure) {
			throw new java.io.UncheckedIOException(failure);
		}
	}
}

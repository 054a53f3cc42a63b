package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTextBinderTests {

	@Test
	void joinsTheTextsThatArePresentOnePerLine() {
		assertThat(SearchTextBinder.join(Arrays.asList("（架空）吸引の相談", null, " ", "  制度を案内した ", "見本 花子")))
			.isEqualTo("（架空）吸引の相談\n制度を案内した\n見本 花子");
		assertThat(SearchTextBinder.join(Arrays.asList(null, ""))).isEmpty();
	}

	@Test
	void aWordIsNotFoundAcrossTheLineBetweenTwoTexts() throws IOException {
		// 気管 ends one text and 切開 starts the next: the phrase 気管切開 needs the bigram 管切, which is not there.
		List<String> records = List.of(SearchTextBinder.join(List.of("（架空）気管", "切開の予定")),
				SearchTextBinder.join(List.of("（架空）回答", "気管切開の予定")));

		assertThat(JapaneseSearchAnalyzersTests.matches(JapaneseSearchAnalyzers.surface(), records, "気管切開"))
			.containsExactly(1);
		assertThat(JapaneseSearchAnalyzersTests.matches(JapaneseSearchAnalyzers.surface(), records, "切開"))
			.containsExactly(0, 1);
	}
}

package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tsunagu.consultation.SearchExcerpt.Part;

class SearchExcerptTests {

	private static final String S = SearchExcerpt.MATCH_START;

	private static final String E = SearchExcerpt.MATCH_END;

	@Test
	void splitsTheHighlighterOutputIntoMarkedAndPlainParts() {
		SearchExcerpt excerpt = SearchExcerpt.marked("（架空）" + S + "気管切開" + E + "後の" + S + "入浴" + E);

		assertThat(excerpt.parts()).containsExactly(new Part("（架空）", false), new Part("気管切開", true),
				new Part("後の", false), new Part("入浴", true));
		assertThat(excerpt.text()).isEqualTo("（架空）気管切開後の入浴");
		assertThat(excerpt.hasMatch()).isTrue();
	}

	@Test
	void joinsAdjacentMarksOfOneWord() {
		SearchExcerpt excerpt = SearchExcerpt.marked(S + "気管" + E + S + "切開" + E + "の相談");

		assertThat(excerpt.parts()).containsExactly(new Part("気管切開", true), new Part("の相談", false));
	}

	@Test
	void keepsMarkupInTheTextAsTextNeverAsTags() {
		SearchExcerpt excerpt = SearchExcerpt.marked("<script>" + S + "alert" + E + "</script>");

		assertThat(excerpt.parts()).containsExactly(new Part("<script>", false), new Part("alert", true),
				new Part("</script>", false));
	}

	@Test
	void toleratesAnUnclosedMarkAndEmptyText() {
		assertThat(SearchExcerpt.marked("前" + S + "後").parts()).containsExactly(new Part("前", false),
				new Part("後", true));
		assertThat(SearchExcerpt.marked("").parts()).isEmpty();
		assertThat(SearchExcerpt.plain("本文").hasMatch()).isFalse();
	}
}

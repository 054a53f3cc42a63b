package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageLinksTests {

	@Test
	void aSinglePageOrNoneHasNoLinks() {
		assertThat(PageLinks.numbers(page(0, 0))).isEmpty();
		assertThat(PageLinks.numbers(page(0, 20))).isEmpty();
	}

	@Test
	void fewPagesAreAllLinked() {
		assertThat(PageLinks.numbers(page(0, 21))).containsExactly(0, 1);
		assertThat(PageLinks.numbers(page(2, 100))).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void manyPagesLinkTheFirstTheLastAndTwoEitherSideOfTheCurrent() {
		assertThat(PageLinks.numbers(page(0, 10_000))).containsExactly(0, 1, 2, 499);
		assertThat(PageLinks.numbers(page(250, 10_000))).containsExactly(0, 248, 249, 250, 251, 252, 499);
		assertThat(PageLinks.numbers(page(498, 10_000))).containsExactly(0, 496, 497, 498, 499);
		assertThat(PageLinks.numbers(page(499, 10_000))).containsExactly(0, 497, 498, 499);
	}

	@Test
	void theLinksAreThoseTheTemplateConditionChose() {
		// The rule the template applied to every page number before: first, last, or within two of the current.
		for (int total : new int[] { 21, 61, 200, 1_001 }) {
			int pages = (total + 19) / 20;
			for (int current = 0; current < pages; current++) {
				int now = current;
				List<Integer> expected = IntStream.range(0, pages)
					.filter(i -> i == 0 || i == pages - 1 || (i >= now - 2 && i <= now + 2))
					.boxed()
					.toList();
				assertThat(PageLinks.numbers(page(current, total))).as("page %d of %d", current, pages)
					.isEqualTo(expected);
			}
		}
	}

	private static PageImpl<String> page(int number, long total) {
		return new PageImpl<>(List.of("row"), PageRequest.of(number, 20), total);
	}
}

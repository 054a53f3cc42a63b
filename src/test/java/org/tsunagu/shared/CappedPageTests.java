package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;

class CappedPageTests {

	private final AtomicInteger counts = new AtomicInteger();

	@Test
	void knowsTheTotalOfTheLastSliceWithoutCounting() {
		CappedPage<String> page = CappedPage.of(new SliceImpl<>(List.of("a", "b"), PageRequest.of(3, 20), false),
				counted(999));

		assertThat(page.getTotalElements()).isEqualTo(62);
		assertThat(page.isTotalCapped()).isFalse();
		assertThat(counts).hasValue(0);
	}

	@Test
	void countsWhenThereIsMoreAfterTheSlice() {
		CappedPage<String> page = CappedPage.of(new SliceImpl<>(List.of("a"), PageRequest.of(0, 1), true),
				counted(10_001));

		assertThat(counts).hasValue(1);
		assertThat(page.getTotalElements()).isEqualTo(10_000);
		assertThat(page.getTotalPages()).isEqualTo(10_000);
		assertThat(page.isTotalCapped()).isTrue();
		assertThat(CappedPage.isTotalCapped(page)).isTrue();
	}

	@Test
	void countsForAnEmptyPageAfterTheEnd() {
		CappedPage<String> page = CappedPage.of(new SliceImpl<>(List.of(), PageRequest.of(5, 20), false), counted(30));

		assertThat(counts).hasValue(1);
		assertThat(page.getTotalElements()).isEqualTo(30);
		assertThat(page.getTotalPages()).isEqualTo(2);
	}

	@Test
	void offersNoPageBeyondTheCap() {
		// Page 333 of 30 starts at 9,990, within the cap; it is the last one the pager offers.
		CappedPage<String> last = new CappedPage<>(List.of("x"), PageRequest.of(333, 30), CappedCount.of(10_001));

		assertThat(last.getTotalElements()).isEqualTo(10_000);
		assertThat(last.getTotalPages()).isEqualTo(334);
		assertThat(last.hasNext()).isFalse();
		assertThat(new CappedPage<>(List.of("x"), PageRequest.of(0, 20), CappedCount.of(10_001)).hasNext()).isTrue();
	}

	@Test
	void keepsTheCapWhenMapped() {
		CappedPage<Integer> mapped = new CappedPage<>(List.of("abc"), PageRequest.of(0, 20), CappedCount.of(20_000))
			.map(String::length);

		assertThat(mapped.getContent()).containsExactly(3);
		assertThat(mapped.isTotalCapped()).isTrue();
		assertThat(mapped.getTotal()).isEqualTo(new CappedCount(10_000, true));
	}

	@Test
	void saysAnOrdinaryPageIsNotCapped() {
		assertThat(CappedPage.isTotalCapped(new PageImpl<>(List.of("a"), PageRequest.of(0, 20), 50_000))).isFalse();
	}

	private Supplier<CappedCount> counted(long rows) {
		return () -> {
			counts.incrementAndGet();
			return CappedCount.of(rows);
		};
	}
}

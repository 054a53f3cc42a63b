package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

class CappedCountTests {

	@Test
	void keepsACountUpToTheCapExact() {
		assertThat(CappedCount.of(0)).isEqualTo(new CappedCount(0, false));
		assertThat(CappedCount.of(9_999)).isEqualTo(new CappedCount(9_999, false));
		assertThat(CappedCount.of(10_000)).isEqualTo(new CappedCount(10_000, false));
	}

	@Test
	void stopsAtTheCapWhenOneMoreRowWasCounted() {
		assertThat(CappedCount.of(CappedCount.ROWS_COUNTED)).isEqualTo(new CappedCount(10_000, true));
		assertThat(CappedCount.of(600_000)).isEqualTo(new CappedCount(10_000, true));
	}

	@Test
	void refusesCountsThatCannotBe() {
		assertThatIllegalArgumentException().isThrownBy(() -> CappedCount.of(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new CappedCount(10_001, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new CappedCount(20, true));
	}

	@Test
	void pagesUpToTheCapByOffset() {
		assertThat(CappedCount.permitsOffset(0)).isTrue();
		assertThat(CappedCount.permitsOffset(9_999)).isTrue();
		assertThat(CappedCount.permitsOffset(10_000)).isFalse();
		assertThat(CappedCount.permitsOffset(-1)).isFalse();
	}

	@Test
	void refusesAPageThatStartsAtTheCap() {
		CappedCount.checkOffset(PageRequest.of(499, 20));
		CappedCount.checkOffset(Pageable.unpaged());

		assertThatThrownBy(() -> CappedCount.checkOffset(PageRequest.of(500, 20)))
			.isInstanceOf(PageBeyondCapException.class)
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("10000");
	}
}

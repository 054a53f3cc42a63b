package org.tsunagu.shared;

import java.io.Serial;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * A page whose total is a {@link CappedCount}: {@link #getTotalElements()} is at most {@link CappedCount#CAP},
 * so the pager never offers a page beyond the cap, and {@link #isTotalCapped()} tells that there are more.
 * Screens show 「10,000件以上」 then; the API adds {@code totalCapped}.
 */
public class CappedPage<T> extends PageImpl<T> {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CappedCount total;

	public CappedPage(List<T> content, Pageable pageable, CappedCount total) {
		super(content, pageable, total.value());
		this.total = total;
	}

	/**
	 * The page of a slice (a page query without a count). The total is known without counting when the slice is
	 * the last one; otherwise {@code count} gives it (a capped count of the same filters).
	 */
	public static <T> CappedPage<T> of(Slice<T> slice, Supplier<CappedCount> count) {
		Pageable pageable = slice.getPageable();
		boolean known = !slice.hasNext() && (slice.hasContent() || pageable.isUnpaged() || pageable.getOffset() == 0);
		long offset = pageable.isPaged() ? pageable.getOffset() : 0;
		CappedCount total = known ? CappedCount.of(offset + slice.getNumberOfElements()) : count.get();
		return new CappedPage<>(slice.getContent(), pageable, total);
	}

	/** The capped count behind the total. */
	public CappedCount getTotal() {
		return total;
	}

	/** Whether more rows match than {@link #getTotalElements()} says (then it is {@link CappedCount#CAP}). */
	public boolean isTotalCapped() {
		return total.capped();
	}

	/** Whether {@code page} is a capped page whose total stopped at the cap. */
	public static boolean isTotalCapped(Page<?> page) {
		return page instanceof CappedPage<?> capped && capped.isTotalCapped();
	}

	// PageImpl moves the total to the end of a short last page; the cap stays what it is.
	@Override
	public long getTotalElements() {
		return total.capped() ? total.value() : super.getTotalElements();
	}

	@Override
	public int getTotalPages() {
		return getSize() == 0 ? 1 : (int) Math.ceil((double) getTotalElements() / (double) getSize());
	}

	@Override
	public <U> CappedPage<U> map(Function<? super T, ? extends U> converter) {
		return new CappedPage<>(getConvertedContent(converter), getPageable(), total);
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return obj instanceof CappedPage<?> other && total.equals(other.total) && super.equals(obj);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + total.hashCode();
	}
}

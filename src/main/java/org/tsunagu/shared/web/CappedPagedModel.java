package org.tsunagu.shared.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.web.PagedModel;
import org.tsunagu.shared.CappedPage;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON of a page as the API has always returned it ({@code content}, {@code page.size}, {@code number},
 * {@code totalElements}, {@code totalPages}), plus {@code totalCapped}: true when more rows match than
 * {@code page.totalElements} says, which then stops at {@link org.tsunagu.shared.CappedCount#CAP}.
 */
public class CappedPagedModel<T> extends PagedModel<T> {

	private final boolean totalCapped;

	public CappedPagedModel(Page<T> page) {
		super(page);
		this.totalCapped = CappedPage.isTotalCapped(page);
	}

	/** Whether more rows match than {@code page.totalElements} (10,000 then). */
	@JsonProperty("totalCapped")
	public boolean isTotalCapped() {
		return totalCapped;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return obj instanceof CappedPagedModel<?> other && totalCapped == other.totalCapped && super.equals(obj);
	}

	@Override
	public int hashCode() {
		return Objects.hash(super.hashCode(), totalCapped);
	}
}

package org.tsunagu.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The page numbers a list's pagination links to (fragments/pagination.html): the first, the last and
 * {@value #AROUND} either side of the current page, in order. Chosen here rather than by a condition on every page
 * number in the template: a list capped at 10,000 rows has 500 pages, and testing each of them in a template
 * expression was the most expensive part of rendering a list under load (docs/performance.md).
 */
public final class PageLinks {

	static final int AROUND = 2;

	private PageLinks() {
	}

	/** Zero-based page numbers, ascending; empty when the list has one page or none. */
	public static List<Integer> numbers(Page<?> page) {
		int last = page.getTotalPages() - 1;
		if (last < 1) {
			return List.of();
		}
		int current = page.getNumber();
		List<Integer> numbers = new ArrayList<>(2 * AROUND + 3);
		numbers.add(0);
		for (int i = Math.max(1, current - AROUND); i <= Math.min(last - 1, current + AROUND); i++) {
			numbers.add(i);
		}
		numbers.add(last);
		return List.copyOf(numbers);
	}
}

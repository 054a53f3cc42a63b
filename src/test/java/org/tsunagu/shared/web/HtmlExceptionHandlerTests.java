package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class HtmlExceptionHandlerTests {

	@Test
	void linksAPageBeyondTheCapToTheFirstPageWithTheSameFilters() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/consultations");
		request.setQueryString("q=%E7%9B%B8%E8%AB%87&page=900&sort=receivedAt,desc");

		assertThat(HtmlExceptionHandler.firstPage(request))
			.isEqualTo("/consultations?q=%E7%9B%B8%E8%AB%87&sort=receivedAt,desc");
	}

	@Test
	void keepsTheFirstPageLinkOnThisSite() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/consultations");
		request.setQueryString("page=900");

		assertThat(HtmlExceptionHandler.firstPage(request)).isEqualTo("/evil.example/consultations");
	}
}

package org.tsunagu.information.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Whatever staff type or paste, the public page gets no script: raw HTML, script links and event handlers
 * are neutralised, ordinary Markdown still renders.
 */
class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersHeadingsListsLinksAndTables() {
		String html = renderer.toHtml("## 見出し\n\n- 一つ目\n- 二つ目\n\n[センター](https://example.org/a) と **強調**");

		assertThat(html).contains("<h2>見出し</h2>", "<li>一つ目</li>", "<strong>強調</strong>")
			.contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener\">センター</a>");
	}

	@Test
	void neutralisesScriptElements() {
		String html = renderer.toHtml("はじめに\n\n<script>alert('x')</script>\n\n<SCRIPT src=//evil.example/x.js></SCRIPT>");

		assertThat(html).doesNotContainIgnoringCase("<script");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void dropsJavascriptAndDataLinks() {
		String html = renderer.toHtml("[押す](javascript:alert(1)) [大文字](JaVaScRiPt:alert(1)) "
				+ "[データ](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(1)>");

		assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data:");
		assertThat(html).contains("押す", "大文字", "データ");
	}

	@Test
	void showsInlineHtmlAsTextSoNoElementOrHandlerReachesThePage() {
		String html = renderer.toHtml("<img src=x onerror=alert(1)>\n\n<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>"
				+ "\n\n<div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">y</div>"
				+ "\n\n<iframe src=\"https://evil.example\"></iframe>");

		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("img, iframe, div, script")).isEmpty();
		assertThat(handlerOrStyleAttributes(page)).isEmpty();
		assertThat(page.text()).contains("<img src=x onerror=alert(1)>");
	}

	@Test
	void allowListRemovesScriptHandlersStylesAndScriptUrlsFromAnyHtml() {
		String cleaned = renderer.clean("<p onclick=\"alert(1)\" style=\"color:red\">本文</p><script>alert(1)</script>"
				+ "<a href=\"javascript:alert(1)\" onmouseover=\"alert(1)\">リンク</a>"
				+ "<a href=\" JAVASCRIPT:alert(1)\">二つ目</a><svg onload=\"alert(1)\"></svg>"
				+ "<iframe src=\"https://evil.example\"></iframe><img src=\"https://example.org/x.png\" onerror=\"alert(1)\">");

		Document page = Jsoup.parseBodyFragment(cleaned);
		assertThat(page.select("script, svg, iframe, img")).isEmpty();
		assertThat(handlerOrStyleAttributes(page)).isEmpty();
		assertThat(page.select("a[href]")).isEmpty();
		assertThat(page.text()).contains("本文", "リンク", "二つ目");
	}

	private static java.util.List<String> handlerOrStyleAttributes(Document page) {
		return page.getAllElements()
			.stream()
			.flatMap(element -> element.attributes().asList().stream())
			.map(Attribute::getKey)
			.filter(name -> name.toLowerCase().startsWith("on") || name.equalsIgnoreCase("style"))
			.toList();
	}

	@Test
	void keepsRelativeLinksToThePublicSite() {
		assertThat(renderer.toHtml("[相談](/public/consultation)"))
			.contains("href=\"/public/consultation\"");
	}

	@Test
	void rendersBlankTextAsNothing() {
		assertThat(renderer.toHtml("  \n")).isEmpty();
	}
}

package org.tsunagu.information.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML that is safe to show on the public site: raw HTML in the text is escaped and unsafe link
 * targets dropped while rendering, then an allow-list keeps only what Markdown produces (no script, no
 * {@code on*} attribute, no {@code style}, no {@code javascript:} or {@code data:} URL). See ADR 15.
 */
@Component
public class MarkdownRenderer {

	/** Only for resolving relative links while cleaning; never shown. */
	private static final String BASE_URI = "https://tsunagu.invalid/";

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Safelist safelist = Safelist.relaxed()
		.removeTags("img")
		.preserveRelativeLinks(true)
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private final Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);

	/** The sanitised HTML of a Markdown text; empty for blank text. */
	public String toHtml(String markdown) {
		if (markdown.isBlank()) {
			return "";
		}
		return clean(renderer.render(parser.parse(markdown)));
	}

	/** The allow-list step on its own: what survives of any HTML. */
	String clean(String html) {
		return Jsoup.clean(html, BASE_URI, safelist, output);
	}
}

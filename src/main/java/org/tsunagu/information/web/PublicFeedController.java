package org.tsunagu.information.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.PublicContent;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.PublicSection;

/**
 * Machine-readable views of the public site: the Atom feed of the news and the sitemap (sections and every
 * published page). Written with an XML writer, so titles are escaped whatever staff typed.
 */
@RestController
class PublicFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PublicContent content;

	private final List<PublicSection> sections;

	private final MessageSource messages;

	PublicFeedController(PublicContent content, ObjectProvider<PublicSection> sections, MessageSource messages) {
		this.content = content;
		this.sections = sections.orderedStream().toList();
		this.messages = messages;
	}

	/** The Atom feed of the news or of the good practices. */
	@GetMapping("/public/{segment:news|good-practices}/feed.atom")
	ResponseEntity<String> feed(@PathVariable String segment) throws XMLStreamException {
		ArticleKind kind = segment.equals("news") ? ArticleKind.NEWS : ArticleKind.GOOD_PRACTICE;
		List<PublishedArticle> news = content.published(kind);
		String base = baseUrl();
		String self = base + PublicArticleController.feedPath(kind);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		element(xml, "title", messages.getMessage("information.feed.title." + kind.name(), null,
				LocaleContextHolder.getLocale()));
		element(xml, "id", self);
		link(xml, "self", self);
		link(xml, "alternate", base + "/public/" + kind.segment());
		Instant updated = news.stream().map(PublishedArticle::publishedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		for (PublishedArticle article : news) {
			xml.writeStartElement("entry");
			element(xml, "title", article.title());
			element(xml, "id", "urn:uuid:" + article.id());
			link(xml, "alternate", base + article.path());
			element(xml, "published", article.publishFrom().atStartOfDay(JapaneseDates.JST).toOffsetDateTime().toString());
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(article.publishedAt()));
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(article.bodyHtml());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(ATOM).body(out.toString());
	}

	@GetMapping("/public/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		String base = baseUrl();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		url(xml, base + "/public", null);
		for (PublicSection section : sections) {
			url(xml, base + section.path(), null);
		}
		for (ArticleKind kind : ArticleKind.values()) {
			if (kind == ArticleKind.FAQ) {
				continue;
			}
			for (PublishedArticle article : content.published(kind)) {
				url(xml, base + article.path(), article.publishedAt());
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static void url(XMLStreamWriter xml, String location, @Nullable Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", location);
		if (lastModified != null) {
			element(xml, "lastmod", lastModified.atZone(JapaneseDates.JST).toLocalDate().toString());
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}
}

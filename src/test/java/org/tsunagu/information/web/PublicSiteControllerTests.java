package org.tsunagu.information.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.AttachmentFile;
import org.tsunagu.information.PracticeTheme;
import org.tsunagu.information.PublicContent;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.PublicSection;

/**
 * The public site without login: top page with the center's contact and the modules' sections, friendly
 * addresses, the Atom feed, the sitemap, safe downloads and the read-only API.
 */
@WebMvcTest({ PublicHomeController.class, PublicArticleController.class, PublicFeedController.class,
		PublicArticleApiController.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class, PublicSiteConfiguration.class,
		PublicSiteControllerTests.Sections.class })
@EnableConfigurationProperties(CenterSettings.class)
@TestPropertySource(properties = { "tsunagu.information.center.phone=0000-00-0000",
		"tsunagu.information.center.hours=平日 9:00〜17:00（見本）" })
class PublicSiteControllerTests {

	private static final UUID ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublicContent content;

	@MockitoBean
	ReferenceData reference;

	private final PublishedArticle practice = new PublishedArticle(ID, ArticleKind.GOOD_PRACTICE, "kiso-power", 2,
			"停電に備えた計画 <見本>", null, "<p>取り組み</p>", "木曽", PracticeTheme.DISASTER, "<p>結果</p>",
			"架空保健福祉事務所", LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T01:00:00Z"), List.of());

	private final PublishedArticle news = new PublishedArticle(UUID.randomUUID(), ArticleKind.NEWS, "winter", 1,
			"冬の研修 & 募集", "概要", "<p>本文</p>", null, null, null, null, LocalDate.of(2026, 12, 1),
			Instant.parse("2026-12-01T01:00:00Z"), List.of());

	@BeforeEach
	void publishedContent() {
		given(reference.regions(false)).willReturn(List.of());
		given(content.published(ArticleKind.NEWS)).willReturn(List.of(news));
		given(content.published(ArticleKind.GOOD_PRACTICE)).willReturn(List.of(practice));
		given(content.find(ArticleKind.GOOD_PRACTICE, "kiso-power")).willReturn(Optional.of(practice));
	}

	@Test
	void topPageOpensWithoutLoginWithContactLatestNewsAndTheSectionsInOrder() throws Exception {
		mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andExpect(view().name("public/home"))
			.andExpect(content().string(containsString("href=\"tel:0000000000\"")))
			.andExpect(content().string(containsString("平日 9:00〜17:00（見本）")))
			.andExpect(content().string(containsString("href=\"/public/news/winter\"")))
			.andExpect(content().string(containsString("type=\"application/atom+xml\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*href=\"/public/consultation\".*href=\"/public/news\".*href=\"/public/good-practices\".*")));
	}

	@Test
	void showsAGoodPracticeAtItsFriendlyAddressAndFiltersTheListByRegion() throws Exception {
		mvc.perform(get("/public/good-practices/kiso-power"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>停電に備えた計画 &lt;見本&gt; | ")))
			.andExpect(content().string(containsString("架空保健福祉事務所")));
		mvc.perform(get("/public/good-practices").param("region", "松本"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("kiso-power"))));
		mvc.perform(get("/public/good-practices").param("region", "木曽"))
			.andExpect(content().string(containsString("href=\"/public/good-practices/kiso-power\"")));
	}

	@Test
	void answersNotFoundForWhatIsNotPublished() throws Exception {
		mvc.perform(get("/public/news/not-published")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/good-practices/not-published")).andExpect(status().isNotFound());
	}

	@Test
	void feedListsTheNewsWithEscapedTitles() throws Exception {
		mvc.perform(get("/public/news/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("<title>冬の研修 &amp; 募集</title>")))
			.andExpect(content().string(containsString("href=\"http://localhost/public/news/winter\"")));
	}

	@Test
	void sitemapListsTheSectionsAndThePublishedPages() throws Exception {
		mvc.perform(get("/public/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<loc>http://localhost/public/consultation</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost/public/faq</loc>")))
			.andExpect(content().string(containsString("<loc>http://localhost/public/good-practices/kiso-power</loc>")));
	}

	@Test
	void publicApiListsPublishedGoodPracticesWithoutLogin() throws Exception {
		mvc.perform(get("/api/v1/public/good-practices"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].slug").value("kiso-power"))
			.andExpect(jsonPath("$[0].regionName").value("木曽"))
			.andExpect(jsonPath("$[0].path").value("/public/good-practices/kiso-power"));
	}

	@Test
	void servesFilesOfPublishedArticlesAsDownloadsOnly() throws Exception {
		UUID file = UUID.randomUUID();
		given(content.publicAttachment(file)).willReturn(Optional.of(new AttachmentFile("案内.txt",
				"text/plain;charset=UTF-8", "見本".getBytes(StandardCharsets.UTF_8))));

		mvc.perform(get("/public/files/{id}/{name}", file, "案内.txt"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/public/files/{id}/{name}", UUID.randomUUID(), "x.txt")).andExpect(status().isNotFound());
	}

	@Test
	void staffPagesStillNeedALogin() throws Exception {
		mvc.perform(get("/information/articles")).andExpect(status().is3xxRedirection());
	}

	@TestConfiguration
	static class Sections {

		@Bean
		PublicSection consultation() {
			return new PublicSection("/public/consultation", "public.home", "public.home.lead", 10);
		}
	}
}

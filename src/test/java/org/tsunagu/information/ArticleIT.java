package org.tsunagu.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Content on a real database (H2 and PostgreSQL): what the public sees follows the workflow and the dates,
 * every published version is kept, files of unpublished articles stay private, and roles are checked.
 */
@DatabaseTest
public class ArticleIT {

	@Autowired
	ArticleManagement articles;

	@Autowired
	PublicContent publicContent;

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void publishedGoodPracticeIsPublicUntilUnpublishedAndEveryVersionIsKept() {
		UUID id = articles.create(practice("it-practice", "見本の好事例", null));
		assertThat(publicContent.find(ArticleKind.GOOD_PRACTICE, "it-practice")).isEmpty();

		articles.submitForReview(id, version(id));
		articles.publish(id, version(id));
		assertThat(publicContent.find(ArticleKind.GOOD_PRACTICE, "it-practice")).get()
			.extracting(PublishedArticle::title)
			.isEqualTo("見本の好事例");

		articles.update(id, version(id), practice("it-practice", "見本の好事例（改訂中）", null));
		assertThat(publicContent.find(ArticleKind.GOOD_PRACTICE, "it-practice")).get()
			.extracting(PublishedArticle::title)
			.isEqualTo("見本の好事例");
		articles.submitForReview(id, version(id));
		articles.publish(id, version(id));
		assertThat(publicContent.published(ArticleKind.GOOD_PRACTICE)).extracting(PublishedArticle::title)
			.contains("見本の好事例（改訂中）")
			.doesNotContain("見本の好事例");

		articles.unpublish(id, version(id));
		assertThat(publicContent.find(ArticleKind.GOOD_PRACTICE, "it-practice")).isEmpty();
		assertThat(articles.get(id).revisions()).extracting(ArticleDetails.PublishedRevision::revision)
			.containsExactly(2, 1);
		assertThat(articles.revision(id, 1).title()).isEqualTo("見本の好事例");
	}

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void showsAnArticleOnlyWithinItsPublishDates() {
		LocalDate today = JapaneseDates.today();
		UUID future = articles.create(news("it-future", today.plusDays(1), null));
		UUID ended = articles.create(news("it-ended", today.minusDays(5), today.minusDays(1)));
		UUID current = articles.create(news("it-current", today.minusDays(1), today));
		for (UUID id : new UUID[] { future, ended, current }) {
			articles.submitForReview(id, version(id));
			articles.publish(id, version(id));
		}

		assertThat(publicContent.published(ArticleKind.NEWS)).extracting(PublishedArticle::slug)
			.contains("it-current")
			.doesNotContain("it-future", "it-ended");
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void servesFilesOnlyOfPublicArticles() {
		UUID id = articles.create(news("it-file", null, null));
		UUID file = articles.attach(id, "案内.pdf", "%PDF-1.4 見本".getBytes(StandardCharsets.UTF_8));
		assertThat(publicContent.publicAttachment(file)).isEmpty();
		assertThat(articles.attachment(id, file).contentType()).isEqualTo("application/pdf");

		articles.submitForReview(id, version(id));
		articles.publish(id, version(id));
		assertThat(publicContent.publicAttachment(file)).get().extracting(AttachmentFile::fileName).isEqualTo("案内.pdf");
		assertThat(publicContent.find(ArticleKind.NEWS, "it-file").orElseThrow().attachments()).hasSize(1);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void consultantWritesAndSubmitsButMayNotPublish() {
		UUID id = articles.create(news("it-consultant", null, null));
		articles.submitForReview(id, version(id));

		assertThatThrownBy(() -> articles.publish(id, version(id))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> articles.create(news("it-consultant", null, null)))
			.isInstanceOf(InvalidArticleException.class);
		assertThatThrownBy(() -> articles.update(id, version(id) - 1, news("it-consultant", null, null)))
			.isInstanceOf(StaleRecordException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE)
	void healthOfficeMayNotWriteContent() {
		assertThatThrownBy(() -> articles.create(news("it-office", null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long version(UUID id) {
		return articles.get(id).version();
	}

	private static ArticleInput news(String slug, LocalDate from, LocalDate until) {
		return new ArticleInput(ArticleKind.NEWS, slug, "見本のお知らせ " + slug, null, "本文", null, null, null, null,
				from, until);
	}

	private static ArticleInput practice(String slug, String title, LocalDate from) {
		return new ArticleInput(ArticleKind.GOOD_PRACTICE, slug, title, null, "取り組み", "松本", PracticeTheme.RESPITE,
				"結果", "架空市 福祉課", from, null);
	}
}

package org.tsunagu.information.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tsunagu.information.ArticleInput;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.ArticleStatus;
import org.tsunagu.information.PracticeTheme;

/**
 * An article goes 下書き → 確認待ち → 公開; editing a published one keeps its public version until the next
 * publication, and the public sees it only within its dates.
 */
class ArticleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");

	@Test
	void isPublishedOnlyAfterReviewAndKeepsEachPublishedVersion() {
		Article article = new Article(practice("見本の取り組み", null, null), "mihon");
		assertThatThrownBy(() -> article.publish(TODAY, NOW, "clerk")).isInstanceOf(IllegalStateException.class);

		article.submitForReview();
		ArticleVersion first = article.publish(TODAY, NOW, "clerk");

		assertThat(first.getRevision()).isEqualTo(1);
		assertThat(first.getTitle()).isEqualTo("見本の取り組み");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.getPublishFrom()).isEqualTo(TODAY);
		assertThat(article.isPublicOn(TODAY)).isTrue();

		article.apply(practice("見本の取り組み（改訂）", TODAY, null), "mihon");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(article.getPublicRevision()).isEqualTo(1);
		assertThat(article.isPublicOn(TODAY)).isTrue();

		article.submitForReview();
		assertThat(article.publish(TODAY, NOW, "clerk").getRevision()).isEqualTo(2);
	}

	@Test
	void isShownOnlyBetweenItsPublishDates() {
		Article article = new Article(practice("期間限定", TODAY.plusDays(1), TODAY.plusDays(3)), "kikan");
		article.submitForReview();
		article.publish(TODAY, NOW, "prefecture");

		assertThat(article.isPublicOn(TODAY)).isFalse();
		assertThat(article.isPublicOn(TODAY.plusDays(1))).isTrue();
		assertThat(article.isPublicOn(TODAY.plusDays(3))).isTrue();
		assertThat(article.isPublicOn(TODAY.plusDays(4))).isFalse();
	}

	@Test
	void unpublishingTakesItOffThePublicSite() {
		Article article = new Article(practice("取り下げ", null, null), "torisage");
		assertThatThrownBy(article::unpublish).isInstanceOf(IllegalStateException.class);
		article.submitForReview();
		article.publish(TODAY, NOW, "director");

		article.unpublish();

		assertThat(article.getStatus()).isEqualTo(ArticleStatus.WITHDRAWN);
		assertThat(article.isPublicOn(TODAY)).isFalse();
	}

	@Test
	void refusesAnEndDateBeforeThePublishDate() {
		assertThatThrownBy(() -> new Article(practice("逆転", TODAY, TODAY.minusDays(1)), "gyaku"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsGoodPracticeFieldsOnlyForGoodPractices() {
		Article news = new Article(new ArticleInput(ArticleKind.NEWS, null, "お知らせ", null, "本文", "松本",
				PracticeTheme.RESPITE, "結果", "連絡先", null, null), "n1");

		assertThat(news.getRegionName()).isNull();
		assertThat(news.getTheme()).isNull();
		assertThat(news.getContact()).isNull();
	}

	private static ArticleInput practice(String title, LocalDate from, LocalDate until) {
		return new ArticleInput(ArticleKind.GOOD_PRACTICE, "mihon", title, "要約", "何をしたか", "松本",
				PracticeTheme.SCHOOLING, "結果", "架空町 福祉課", from, until);
	}
}

package org.tsunagu.information.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.ArticleInput;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.PracticeTheme;
import org.tsunagu.shared.JapaneseDates;

/**
 * Demo content of the public site: news, good practices of three 圏域, FAQ, a material with a file and the
 * page センターについて — all published, plus one draft waiting for a check. Every text says it is a 見本.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoArticles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

	private static final String PUBLISHER = "clerk";

	private final ArticleRepository articles;

	private final ArticleVersionRepository versions;

	private final AttachmentRepository attachments;

	private final AuditLog audit;

	private final Clock clock;

	DemoArticles(ArticleRepository articles, ArticleVersionRepository versions, AttachmentRepository attachments,
			AuditLog audit, Clock clock) {
		this.articles = articles;
		this.versions = versions;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (articles.count() > 0) {
			return;
		}
		LocalDate today = JapaneseDates.today();
		List<ArticleInput> published = List.of(
				news("winter-seminar", "【見本】医療的ケア児等支援者養成研修（冬期）の受講者を募集します",
						"県内の保育・教育・福祉の職員を対象とした研修の見本のお知らせです。", today.minusDays(3)),
				news("consultation-hours", "【見本】年末年始の相談受付について",
						"12月29日から1月3日までは電話相談をお休みします（見本）。緊急のときは 119 番へ。", today.minusDays(10)),
				news("site-open", "【見本】公開サイトを開設しました", "このサイトは架空のデモ環境です。", today.minusDays(30)),
				practice("matsumoto-school-nurse", "【見本】看護師の配置で地域の小学校へ就学", "松本", PracticeTheme.SCHOOLING,
						"架空市の教育委員会と訪問看護ステーションが、入学前の半年間に3回の連絡会を開き、学校看護師の配置と校内の動線を決めた（見本）。",
						"本人は地域の小学校に入学し、保護者の付き添いなしで通学している（見本）。", "架空市教育委員会 学校教育課（代表）"),
				practice("kiso-power-plan", "【見本】停電に備えた個別避難計画づくり", "木曽", PracticeTheme.DISASTER,
						"保健福祉事務所が呼びかけ、電力会社・消防・訪問看護と人工呼吸器を使う子の家庭を一軒ずつ訪ねた（見本）。",
						"全家庭で外部バッテリーと避難先を確認できた（見本）。", "架空保健福祉事務所 福祉課（代表）"),
				practice("nagano-respite", "【見本】病院と連携した短期入所の受け入れ", "長野", PracticeTheme.RESPITE,
						"地域の病院が空床を使い、医療的ケア児の短期入所を月2回受け入れる仕組みを作った（見本）。",
						"家族が休息をとれる日が月に2日できた（見本）。", "架空病院 地域連携室（代表）"),
				faq("what-is-medical-care", "医療的ケア児とはどのような子どもですか？",
						"日常生活で人工呼吸器、たんの吸引、経管栄養などの医療的ケアが必要な子どもです。"),
				faq("who-can-consult", "誰が相談できますか？", "ご家族のほか、保育所・学校・事業所・市町村の方など、どなたでもご相談いただけます。"),
				faq("cost", "相談にお金はかかりますか？", "相談は無料です。"),
				material("leaflet", "【見本】センターのご案内（リーフレット）", "センターの役割と相談の方法をまとめた見本の資料です。"),
				page("about", "センターについて", """
						医療的ケア児等支援センターは、医療的ケアが必要なお子さんとご家族、支援者からの相談を受け、
						関係機関をつなぐ県の窓口です（このページは見本です）。

						## センターの役割

						- 相談への対応と、必要な支援へのつなぎ
						- 支援者の育成（研修）
						- 地域の状況の把握と情報の発信
						"""));
		for (ArticleInput input : published) {
			Article article = articles.save(new Article(input, input.slug()));
			article.submitForReview();
			versions.save(article.publish(today, clock.instant(), PUBLISHER));
			if (input.kind() == ArticleKind.MATERIAL) {
				attachments.save(new ArticleAttachment(article.getId(), "見本_センターのご案内.txt", "text/plain;charset=UTF-8",
						"これは見本の資料です。架空のデモ環境で使います。\n".getBytes(StandardCharsets.UTF_8), clock.instant(),
						PUBLISHER));
			}
		}
		Article draft = articles.save(new Article(news("draft-sample", "【見本】確認待ちのお知らせ", "確認待ちの見本です。", null),
				"draft-sample"));
		draft.submitForReview();
		audit.record(AuditAction.CREATE, ArticleService.TARGET, null,
				"demo data: " + (published.size() + 1) + " fictional articles");
		log.info("Demo articles created: {}", published.size() + 1);
	}

	private static ArticleInput news(String slug, String title, String body, @Nullable LocalDate from) {
		return new ArticleInput(ArticleKind.NEWS, slug, title, null, body, null, null, null, null, from, null);
	}

	private static ArticleInput practice(String slug, String title, String region, PracticeTheme theme, String body,
			String result, String contact) {
		return new ArticleInput(ArticleKind.GOOD_PRACTICE, slug, title, null, body, region, theme, result, contact,
				null, null);
	}

	private static ArticleInput faq(String slug, String question, String answer) {
		return new ArticleInput(ArticleKind.FAQ, slug, question, null, answer, null, null, null, null, null, null);
	}

	private static ArticleInput material(String slug, String title, String body) {
		return new ArticleInput(ArticleKind.MATERIAL, slug, title, null, body, null, null, null, null, null, null);
	}

	private static ArticleInput page(String slug, String title, String body) {
		return new ArticleInput(ArticleKind.PAGE, slug, title, null, body, null, null, null, null, null, null);
	}
}

package org.tsunagu.information.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.shared.web.PublicSection;

/**
 * The public site's menu entries of 情報発信. Other modules add theirs (相談 10, 研修 30, 社会資源 40, 会議 60,
 * オープンデータ 70); the numbers leave room between them.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteConfiguration {

	@Bean
	PublicSection newsSection() {
		return new PublicSection("/public/news", "information.public.news", "information.public.news.description", 20);
	}

	@Bean
	PublicSection goodPracticesSection() {
		return new PublicSection("/public/good-practices", "information.public.goodPractices",
				"information.public.goodPractices.description", 50);
	}

	@Bean
	PublicSection materialsSection() {
		return new PublicSection("/public/materials", "information.public.materials",
				"information.public.materials.description", 55);
	}

	@Bean
	PublicSection faqSection() {
		return new PublicSection("/public/faq", "information.public.faq", "information.public.faq.description", 80);
	}
}

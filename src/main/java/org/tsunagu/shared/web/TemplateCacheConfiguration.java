package org.tsunagu.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Thymeleaf keeps every parsed template and fragment, not only 200. Its default cache holds 200 templates
 * (a fragment included with a selector is an entry of its own) and 500 expressions; this application has
 * about 140 templates and nearly 400 fragment inclusions, so under load parsed templates were evicted and
 * parsed again on most requests, with the jar read and Thymeleaf's locks contended (bench/RESULTS.md).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	static final int TEMPLATES = 2_000;

	static final int EXPRESSIONS = 20_000;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setTemplateCacheMaxSize(TEMPLATES);
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}
}

package org.tsunagu.consultation.internal;

import java.util.List;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plugs the consultation module's search mapping and Japanese analyzers into Hibernate Search. Where the
 * index lives ({@code hibernate.search.backend.directory.*}) is set in {@code application.yml}: a folder
 * under {@code ./data/index} for the application, the heap for tests. Two nodes ({@code tsunagu.cluster.enabled})
 * must share one index instead ({@link SearchClusterCheck}).
 */
@Configuration(proxyBeanMethods = false)
class ConsultationSearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer consultationSearchProperties(
			@Value("${tsunagu.cluster.enabled:false}") boolean clustered) {
		LuceneAnalysisConfigurer analysis = context -> {
			context.analyzer(JapaneseSearchAnalyzers.SURFACE).instance(JapaneseSearchAnalyzers.surface());
			context.analyzer(JapaneseSearchAnalyzers.READING).instance(JapaneseSearchAnalyzers.reading());
		};
		return properties -> {
			SearchClusterCheck.requireSharedIndex(clustered, properties);
			properties.put("hibernate.search.mapping.configurer", List.of(new ConsultationSearchMapping()));
			properties.put("hibernate.search.backend.analysis.configurer", List.of(analysis));
		};
	}
}

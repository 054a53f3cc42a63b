package org.tsunagu.testsupport;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application context at this JVM's {@link TestDatabase}, which is dropped only after the context has
 * closed.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = TestDatabase.url();
		if (url == null) {
			throw new IllegalStateException("PostgreSQL test database unavailable: " + TestDatabase.unavailableReason());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tsunagu-test-database",
				Map.of("spring.datasource.url", url, "spring.datasource.username", TestDatabase.username(),
						"spring.datasource.password", TestDatabase.password(),
						// Each test context has its own database, so its own search index: on the heap.
						"spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap")));
		if (TestDatabase.isPostgres() && context.getBeanFactory() instanceof DefaultSingletonBeanRegistry beans) {
			// Registered before any bean, so destroyed after all of them (the connection pool included).
			TestDatabase.contextOpened();
			beans.registerDisposableBean("tsunaguTestDatabaseUser", TestDatabase::contextClosed);
		}
	}
}

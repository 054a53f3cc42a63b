package org.tsunagu.reporting.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

/**
 * Keeps computed dashboards per scope, 圏域, 年度, reference day and language: every user of the same scope asks
 * the same question, and a national-scale count over the fiscal year is worth doing once a minute rather than
 * once per screen. A dashboard older than {@code tsunagu.reporting.dashboard-cache} (default one minute) is
 * counted again in the background while the screen still shows the previous figures (and says when they were
 * counted), so no user waits for the count but the first of a scope; one not asked for ten times as long is
 * dropped. Access is checked before the cache is asked and the scope is part of the key, so a user never sees
 * figures counted for a wider scope; counting needs nothing of the user but the key. The annual report (Excel,
 * PDF) is always counted afresh. {@code PT0S} switches the cache off.
 */
@Component
class DashboardCache {

	private final Loader loader;

	private final @Nullable LoadingCache<Key, Dashboard> dashboards;

	@Autowired
	DashboardCache(DashboardBuilder builder, MessageSource messages,
			@Value("${tsunagu.reporting.dashboard-cache:PT1M}") Duration timeToRefresh) {
		this(key -> builder.build(key.scope(), key.region(), key.year(), key.today(),
				new Labels(messages, key.locale())), timeToRefresh, ForkJoinPool.commonPool());
	}

	DashboardCache(Loader loader, Duration timeToRefresh, Executor executor) {
		this.loader = loader;
		this.dashboards = timeToRefresh.isZero() ? null
				: Caffeine.newBuilder()
					.refreshAfterWrite(timeToRefresh)
					.expireAfterWrite(timeToRefresh.multipliedBy(10))
					.maximumSize(500)
					.executor(executor)
					.build(loader::load);
	}

	Dashboard get(AccessScope scope, @Nullable String region, FiscalYear year, LocalDate today, Locale locale) {
		Key key = new Key(scope, region, year, today, locale);
		return dashboards == null ? loader.load(key) : dashboards.get(key);
	}

	/** Counts one dashboard. */
	interface Loader {

		Dashboard load(Key key);
	}

	record Key(AccessScope scope, @Nullable String region, FiscalYear year, LocalDate today, Locale locale) {
	}
}

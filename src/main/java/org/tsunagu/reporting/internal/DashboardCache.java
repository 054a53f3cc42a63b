package org.tsunagu.reporting.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps a computed dashboard for a short time ({@code tsunagu.reporting.dashboard-cache}, default one minute),
 * per scope, 圏域, 年度, reference day and language: every user of the same scope asks the same question, and a
 * national-scale count over the fiscal year is worth doing once a minute rather than once per screen. The
 * screen says when the figures were counted. Access is checked before the cache is asked, and the scope is
 * part of the key, so a user never sees figures counted for a wider scope. The annual report (Excel, PDF) is
 * always counted afresh. {@code PT0S} switches the cache off.
 */
@Component
class DashboardCache {

	private final @Nullable Cache<Key, Dashboard> dashboards;

	DashboardCache(@Value("${tsunagu.reporting.dashboard-cache:PT1M}") Duration timeToLive) {
		this.dashboards = timeToLive.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(500).build();
	}

	Dashboard get(AccessScope scope, @Nullable String region, FiscalYear year, LocalDate today, Locale locale,
			Supplier<Dashboard> count) {
		if (dashboards == null) {
			return count.get();
		}
		return dashboards.get(new Key(scope, region, year, today, locale), key -> count.get());
	}

	private record Key(AccessScope scope, @Nullable String region, FiscalYear year, LocalDate today, Locale locale) {
	}
}

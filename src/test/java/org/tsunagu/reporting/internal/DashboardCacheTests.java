package org.tsunagu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;

class DashboardCacheTests {

	private static final FiscalYear YEAR = new FiscalYear(2026);

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final AccessScope PREFECTURE = new AccessScope(ScopeKind.ALL, null, null);

	private static final AccessScope MATSUMOTO = new AccessScope(ScopeKind.REGION, "松本", null);

	private final AtomicInteger counted = new AtomicInteger();

	private final Supplier<Dashboard> count = () -> new Dashboard(YEAR, "counted-" + counted.incrementAndGet(),
			TODAY, List.of());

	@Test
	void countsOnceForTheSameQuestionWithinTheTimeToLive() {
		DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));

		Dashboard first = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE, count);
		Dashboard second = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE, count);

		assertThat(second).isSameAs(first);
		assertThat(counted).hasValue(1);
	}

	@Test
	void countsAgainForAnotherScopeRegionYearDayOrLanguage() {
		DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));

		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE, count);
		Dashboard regional = cache.get(MATSUMOTO, null, YEAR, TODAY, Locale.JAPANESE, count);
		cache.get(PREFECTURE, "松本", YEAR, TODAY, Locale.JAPANESE, count);
		cache.get(PREFECTURE, null, new FiscalYear(2025), TODAY, Locale.JAPANESE, count);
		cache.get(PREFECTURE, null, YEAR, TODAY.plusDays(1), Locale.JAPANESE, count);
		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.ENGLISH, count);

		assertThat(counted).hasValue(6);
		assertThat(cache.get(MATSUMOTO, null, YEAR, TODAY, Locale.JAPANESE, count)).isSameAs(regional);
	}

	@Test
	void countsEveryTimeWhenSwitchedOff() {
		DashboardCache cache = new DashboardCache(Duration.ZERO);

		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE, count);
		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE, count);

		assertThat(counted).hasValue(2);
	}
}

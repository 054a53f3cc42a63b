package org.tsunagu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

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

	/** Background refreshes run at once, on the caller's thread, so the test sees them. */
	private static final Executor NOW = Runnable::run;

	private final AtomicInteger counted = new AtomicInteger();

	private final DashboardCache.Loader count = key -> new Dashboard(key.year(), "counted-" + counted.incrementAndGet(),
			key.today(), List.of());

	@Test
	void countsOnceForTheSameQuestionWithinTheTimeToRefresh() {
		DashboardCache cache = new DashboardCache(count, Duration.ofMinutes(1), NOW);

		Dashboard first = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);
		Dashboard second = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);

		assertThat(second).isSameAs(first);
		assertThat(counted).hasValue(1);
	}

	@Test
	void countsAgainForAnotherScopeRegionYearDayOrLanguage() {
		DashboardCache cache = new DashboardCache(count, Duration.ofMinutes(1), NOW);

		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);
		Dashboard regional = cache.get(MATSUMOTO, null, YEAR, TODAY, Locale.JAPANESE);
		cache.get(PREFECTURE, "松本", YEAR, TODAY, Locale.JAPANESE);
		cache.get(PREFECTURE, null, new FiscalYear(2025), TODAY, Locale.JAPANESE);
		cache.get(PREFECTURE, null, YEAR, TODAY.plusDays(1), Locale.JAPANESE);
		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.ENGLISH);

		assertThat(counted).hasValue(6);
		assertThat(cache.get(MATSUMOTO, null, YEAR, TODAY, Locale.JAPANESE)).isSameAs(regional);
	}

	@Test
	void aDashboardOlderThanTheTimeToRefreshIsCountedAgainWhileTheOldOneIsShown() throws Exception {
		List<Runnable> background = new java.util.ArrayList<>();
		DashboardCache cache = new DashboardCache(count, Duration.ofMillis(50), background::add);
		Dashboard first = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);
		Thread.sleep(120);

		Dashboard whileRefreshing = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);
		assertThat(background).as("a recount in the background").isNotEmpty();
		List.copyOf(background).forEach(Runnable::run);
		Dashboard afterwards = cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);

		assertThat(whileRefreshing).isSameAs(first);
		assertThat(afterwards.region()).isEqualTo("counted-2");
		assertThat(counted).hasValue(2);
	}

	@Test
	void countsEveryTimeWhenSwitchedOff() {
		DashboardCache cache = new DashboardCache(count, Duration.ZERO, NOW);

		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);
		cache.get(PREFECTURE, null, YEAR, TODAY, Locale.JAPANESE);

		assertThat(counted).hasValue(2);
	}
}

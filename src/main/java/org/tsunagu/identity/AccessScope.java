package org.tsunagu.identity;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * How far one user reaches: the whole prefecture, one 圏域, or one organisation. Every module asks the scope
 * before it shows or changes a record that belongs to a 圏域; the check is on the server, not in the page.
 *
 * @param kind what the scope is limited by
 * @param region the 圏域 name for {@link ScopeKind#REGION}
 * @param organisation the organisation name for {@link ScopeKind#ORGANISATION}
 */
public record AccessScope(ScopeKind kind, @Nullable String region, @Nullable String organisation) {

	public AccessScope {
		Objects.requireNonNull(kind, "kind");
		if (kind == ScopeKind.REGION && (region == null || region.isBlank())) {
			throw new IllegalArgumentException("A region scope needs a region");
		}
		if (kind == ScopeKind.ORGANISATION && (organisation == null || organisation.isBlank())) {
			throw new IllegalArgumentException("An organisation scope needs an organisation");
		}
	}

	/** The whole prefecture. */
	public static AccessScope all() {
		return new AccessScope(ScopeKind.ALL, null, null);
	}

	/** One 圏域. */
	public static AccessScope region(String region) {
		return new AccessScope(ScopeKind.REGION, region, null);
	}

	/** One organisation. */
	public static AccessScope organisation(String organisation) {
		return new AccessScope(ScopeKind.ORGANISATION, null, organisation);
	}

	/**
	 * Whether a record of the given 圏域 is within reach. An organisation scope reaches no 圏域 as a whole:
	 * its records come only through explicit sharing (consent), which the owning module checks.
	 */
	public boolean permitsRegion(@Nullable String recordRegion) {
		return switch (kind) {
			case ALL -> true;
			case REGION -> region != null && region.equals(recordRegion);
			case ORGANISATION -> false;
		};
	}

	/**
	 * Throws when a record of the given 圏域 is out of reach; the web layer answers 403.
	 */
	public void checkRegion(@Nullable String recordRegion) {
		if (!permitsRegion(recordRegion)) {
			throw new AccessDeniedException("Region " + recordRegion + " is outside the user's scope " + this);
		}
	}
}

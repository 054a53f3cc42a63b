package org.tsunagu.reporting.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.reference.ReferenceData;

/**
 * Who may see which figures, checked on the server for every page, file and API call — the URL rules alone
 * do not cover {@code /api/v1/stats}. Only roles of the 統計・報告 area; a 保健福祉事務所 only its own 圏域.
 */
@Component
class ReportAccess {

	private final ReferenceData reference;

	ReportAccess(ReferenceData reference) {
		this.reference = reference;
	}

	/** The caller's scope, after checking the role and the 圏域 asked for. */
	AccessScope scopeFor(@Nullable String region) {
		CurrentUser user = CurrentUsers.require();
		if (!user.mayOpen(Area.REPORTING)) {
			throw new AccessDeniedException("Statistics are not open to " + user.role());
		}
		AccessScope scope = user.scope();
		if (region != null && !region.isBlank()) {
			if (reference.region(region).isEmpty()) {
				throw new IllegalArgumentException("Unknown region: " + region);
			}
			scope.checkRegion(region);
		}
		return scope;
	}

	/** The 圏域 the figures cover: a health office's own, or the one asked for (null: all). */
	static @Nullable String regionFor(AccessScope scope, @Nullable String region) {
		if (scope.kind() == ScopeKind.REGION) {
			return scope.region();
		}
		return region == null || region.isBlank() ? null : region;
	}
}

package org.tsunagu.consultation.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;

/**
 * The demo children a demo consultation may be about, asked of the registry's API as the demo センター長 (the
 * demo runners have no logged-in user; the registry checks its rules for every caller).
 */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoChildLinks {

	private static final int MAX_CHILDREN = 500;

	private final ChildManagement children;

	DemoChildLinks(ChildManagement children) {
		this.children = children;
	}

	/** Each 圏域's demo children, by id. */
	Map<String, List<UUID>> childrenByRegion() {
		var previous = SecurityContextHolder.getContext();
		var director = new CurrentUser(new UUID(0, 1), "demo-data", "デモデータ", Role.CENTER_DIRECTOR, null, null);
		var principal = new TsunaguPrincipal(director, null, true, false);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return children.search(ChildFilter.none(), PageRequest.of(0, MAX_CHILDREN))
				.stream()
				.collect(Collectors.groupingBy(ChildListItem::regionName,
						Collectors.mapping(ChildListItem::id, Collectors.toList())));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}

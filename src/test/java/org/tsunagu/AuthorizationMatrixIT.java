package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * The authorisation matrix, walked: every page and API route of every module is called as every role, and
 * the answer is checked against {@link Area} (the role × area table the menu and the URL rules come from).
 * A role outside an area gets 403 on every route of it; a role inside never gets 403 from the URL rules and
 * never a server error. A route that belongs to no area and is not listed as public or as the user's own
 * account fails the build, so a new module cannot add an endpoint without deciding who may use it. The walk
 * also writes {@code docs/security/access.md}.
 */
@DatabaseTest
class AuthorizationMatrixIT {

	/** Routes anyone may use without logging in. */
	static final List<String> PUBLIC_PREFIXES = List.of("/public", "/api/v1/public", "/login", "/error",
			"/actuator");

	/** Routes every logged-in user may use: their own account, the home page, reference look-ups for forms. */
	static final List<String> OWN_ACCOUNT_PREFIXES = List.of("/account", "/api/v1/me");

	static final Set<String> ANY_USER_EXACT = Set.of("/");

	/** Tools that are not business routes (API documentation is itself for administrators only). */
	static final List<String> IGNORED_PREFIXES = List.of("/v3/api-docs", "/swagger-ui");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	static List<Route> routes;

	@BeforeAll
	static void reset() {
		routes = null;
	}

	@Test
	void everyRouteBelongsToAnAreaOrIsDeclaredPublicOrOwnAccount() {
		List<String> unclassified = routes().stream()
			.filter(route -> route.kind() == Kind.UNCLASSIFIED)
			.map(Route::toString)
			.toList();
		assertThat(unclassified).as("routes with no entry in identity.Area or this test's lists").isEmpty();
	}

	@Test
	void rolesOutsideAnAreaAreRefusedEveryRouteOfIt() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : routes()) {
			if (route.area() == null) {
				continue;
			}
			for (Role role : Role.values()) {
				if (!route.area().isOpenTo(role)) {
					int status = call(route, role);
					if (status != 403) {
						wrong.add(route + " as " + role + " → " + status);
					}
				}
			}
		}
		assertThat(wrong).as("routes a role outside the area could use").isEmpty();
	}

	@Test
	void rolesInsideAnAreaPassTheUrlRulesAndNeverGetAServerError() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : routes()) {
			Set<Role> allowed = switch (route.kind()) {
				case AREA -> route.area().roles();
				case OWN_ACCOUNT, ANY_USER -> EnumSet.allOf(Role.class);
				default -> EnumSet.noneOf(Role.class);
			};
			for (Role role : allowed) {
				int status = call(route, role);
				if (status >= 500) {
					wrong.add(route + " as " + role + " → " + status);
				}
			}
		}
		assertThat(wrong).as("server errors").isEmpty();
	}

	@Test
	void publicRoutesNeedNoLogin() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : routes()) {
			if (route.kind() == Kind.PUBLIC && !route.method().equals("POST") && !route.pattern().startsWith("/error")
					&& !route.pattern().startsWith("/login/mfa") && !route.pattern().startsWith("/actuator")) {
				MockHttpServletRequestBuilder anonymous = request(HttpMethod.valueOf(route.method()), route.example());
				int status = mvc.perform(anonymous).andReturn().getResponse().getStatus();
				if (status == 401 || status == 403 || status >= 500) {
					wrong.add(route + " → " + status);
				}
			}
		}
		assertThat(wrong).as("public routes refused or failing without login").isEmpty();
	}

	@Test
	void writesTheMatrixIntoTheDocumentation() throws IOException {
		StringBuilder doc = new StringBuilder();
		doc.append("# アクセス権限表 — who may use what\n\n")
			.append("Generated by `AuthorizationMatrixIT` from `org.tsunagu.identity.Area` and the application's ")
			.append("routes; do not edit by hand. The same test calls every route below as every role and fails ")
			.append("the build when the answer differs from this table.\n\n")
			.append("## Roles and their scope\n\n| Role | Scope |\n| --- | --- |\n");
		for (Role role : Role.values()) {
			doc.append("| ").append(role.name()).append(" | ").append(role.scopeKind().name()).append(" |\n");
		}
		doc.append("\nScopes: ALL = every 圏域; REGION = only the user's own 圏域 (checked in each module's service ")
			.append("with `AccessScope`, tested per module); ORGANISATION = only records shared with the user's ")
			.append("organisation by consent (児童台帳) or naming it (会議の構成員).\n\n## Areas\n\n| Area | Path |");
		for (Role role : Role.values()) {
			doc.append(' ').append(role.name()).append(" |");
		}
		doc.append("\n| --- | --- |").append(" --- |".repeat(Role.values().length)).append('\n');
		for (Area area : Area.values()) {
			doc.append("| ").append(area.name()).append(" | `").append(area.path()).append("` |");
			for (Role role : Role.values()) {
				doc.append(area.isOpenTo(role) ? " ✓ |" : " — |");
			}
			doc.append('\n');
		}
		doc.append("\n## Routes\n\n| Method | Route | Who |\n| --- | --- | --- |\n");
		for (Route route : routes()) {
			String who = switch (route.kind()) {
				case AREA -> route.area().name();
				case PUBLIC -> "anyone (public)";
				case OWN_ACCOUNT -> "any logged-in user (own account)";
				case ANY_USER -> "any logged-in user";
				case IGNORED -> "administrators (API documentation)";
				case UNCLASSIFIED -> "**unclassified**";
			};
			doc.append("| ").append(route.method()).append(" | `").append(route.pattern()).append("` | ")
				.append(who).append(" |\n");
		}
		Path file = Path.of("docs/security/access.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, doc.toString(), StandardCharsets.UTF_8);
		assertThat(file).exists();
	}

	private int call(Route route, Role role) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route.method()), route.example())
			.with(authentication(login(role)))
			.with(csrf());
		try {
			return mvc.perform(builder).andReturn().getResponse().getStatus();
		}
		catch (jakarta.servlet.ServletException unhandled) {
			// MockMvc rethrows what no handler answered; the servlet container would answer it with 500.
			return 500;
		}
	}

	private static UsernamePasswordAuthenticationToken login(Role role) {
		String username = "matrix-" + role.name().toLowerCase();
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)),
				username, "試験 " + role.name(), role, role == Role.HEALTH_OFFICE ? "松本" : null,
				role == Role.INSTITUTION ? "架空訪問看護ステーションみほん" : null);
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	private List<Route> routes() {
		if (routes == null) {
			Map<String, Route> found = new TreeMap<>();
			for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
				Set<String> patterns = info.getPathPatternsCondition() == null ? Set.of()
						: info.getPathPatternsCondition().getPatternValues();
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : patterns) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						Route route = classify(method.name(), pattern);
						found.put(pattern + " " + method.name(), route);
					}
				}
			}
			routes = List.copyOf(found.values());
		}
		return routes;
	}

	static Route classify(String method, String pattern) {
		if (IGNORED_PREFIXES.stream().anyMatch(pattern::startsWith)) {
			return new Route(method, pattern, Kind.IGNORED, null);
		}
		if (PUBLIC_PREFIXES.stream().anyMatch(prefix -> under(pattern, prefix))) {
			return new Route(method, pattern, Kind.PUBLIC, null);
		}
		if (OWN_ACCOUNT_PREFIXES.stream().anyMatch(prefix -> under(pattern, prefix))) {
			return new Route(method, pattern, Kind.OWN_ACCOUNT, null);
		}
		if (ANY_USER_EXACT.contains(pattern)) {
			return new Route(method, pattern, Kind.ANY_USER, null);
		}
		Optional<Area> area = Arrays.stream(Area.values())
			.filter(candidate -> candidate.paths().stream()
				.anyMatch(path -> under(pattern, path) || under(pattern, "/api/v1" + path)))
			.findFirst();
		return area.map(found -> new Route(method, pattern, Kind.AREA, found))
			.orElseGet(() -> new Route(method, pattern, Kind.UNCLASSIFIED, null));
	}

	private static boolean under(String pattern, String prefix) {
		return pattern.equals(prefix) || pattern.startsWith(prefix + "/") || pattern.startsWith(prefix + ".");
	}

	enum Kind {
		AREA, PUBLIC, OWN_ACCOUNT, ANY_USER, IGNORED, UNCLASSIFIED
	}

	record Route(String method, String pattern, Kind kind, Area area) {

		/** The route with example values for its variables (ids that do not exist, a real 圏域 name). */
		String example() {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1).toLowerCase();
				String value = name.contains("region") ? "松本" : name.contains("code") ? "202029"
						: name.contains("id") ? "00000000-0000-0000-0000-00000000abcd" : "x";
				matcher.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(path);
			return path.toString().replace("{*", "").replace("**", "x");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}
}

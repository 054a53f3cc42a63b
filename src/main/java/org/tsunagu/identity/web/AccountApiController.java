package org.tsunagu.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who the caller is and what they may use: lets a script check its credentials and scope.
 */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "利用者", description = "ログイン中の利用者")
class AccountApiController {

	/**
	 * The caller.
	 *
	 * @param username login name
	 * @param displayName name
	 * @param role role
	 * @param region 圏域 of a health office user
	 * @param organisation organisation of an institution user
	 * @param areas the areas the caller may open
	 */
	record Me(String username, String displayName, Role role, @Nullable String region, @Nullable String organisation,
			List<Area> areas) {
	}

	@GetMapping
	@Operation(summary = "ログイン中の利用者と、利用できる業務領域")
	Me showMe() {
		CurrentUser user = CurrentUsers.require();
		List<Area> areas = java.util.Arrays.stream(Area.values()).filter(user::mayOpen).toList();
		return new Me(user.username(), user.displayName(), user.role(), user.regionName(), user.organisation(), areas);
	}
}

package org.tsunagu.identity.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.OneTimePassword;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Users for administrators' scripts (/api/v1/admin/users); the same rules as the screens.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "利用者管理", description = "システム管理者のみ")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	/** A new user with the one-time password to hand over once. */
	record Created(UUID id, String username, String oneTimePassword) {
	}

	@GetMapping
	@Operation(summary = "利用者の一覧（役割・名前で絞り込み）")
	PagedModel<UserSummary> listUsers(@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 50, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
		return new PagedModel<>(users.findUsers(role, q, pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "利用者1件")
	UserSummary showUser(@PathVariable UUID id) {
		return users.getUser(id);
	}

	@RecentAuthenticationRequired
	@PostMapping
	@Operation(summary = "利用者の追加（一時パスワードを返す）")
	ResponseEntity<Created> createUser(@Validated @RequestBody UserForm form) {
		OneTimePassword issued = users.createUser(new NewUser(form.getUsername(), form.getDisplayName(),
				form.getRole(), form.getRegionName(), form.getOrganisation()));
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + issued.userId()))
			.body(new Created(issued.userId(), form.getUsername(), issued.password()));
	}
}

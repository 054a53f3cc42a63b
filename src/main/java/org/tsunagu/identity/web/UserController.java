package org.tsunagu.identity.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.identity.internal.DuplicateUsernameException;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 利用者管理: administrators create users, change their role and 圏域, disable them and reset passwords.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private static final String FORM = "identity/users/form";

	private final UserManagement users;

	private final ReferenceData reference;

	private final SecondFactors secondFactors;

	UserController(UserManagement users, ReferenceData reference, SecondFactors secondFactors) {
		this.users = users;
		this.reference = reference;
		this.secondFactors = secondFactors;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		model.addAttribute("roles", Role.values());
		model.addAttribute("regions", reference.regions(false));
	}

	@GetMapping
	String listUsers(@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String q,
			@PageableDefault(size = 20, sort = "username", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, Model model) {
		Page<UserSummary> page = users.findUsers(role, q, pageable);
		model.addAttribute("page", page);
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		return Htmx.view(request, "identity/users/list", "results");
	}

	@RecentAuthenticationRequired
	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		model.addAttribute("creating", true);
		return FORM;
	}

	@RecentAuthenticationRequired
	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("creating", true);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			String oneTime = users.createUser(new NewUser(form.getUsername(), form.getDisplayName(),
					form.getRole(), form.getRegionName(), form.getOrganisation())).password();
			redirect.addFlashAttribute("flash", "identity.user.created");
			redirect.addFlashAttribute("oneTimePassword", oneTime);
			redirect.addFlashAttribute("oneTimeUser", form.getUsername());
		}
		catch (DuplicateUsernameException duplicate) {
			result.rejectValue("username", "identity.user.username.taken");
			return FORM;
		}
		catch (IllegalArgumentException unknownRegion) {
			result.rejectValue("regionName", "identity.user.regionName.required");
			return FORM;
		}
		return "redirect:/admin/users";
	}

	/** Role, scope and second factor are security settings: the page itself asks for a recent password. */
	@RecentAuthenticationRequired
	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		UserSummary user = users.getUser(id);
		model.addAttribute("userForm", UserForm.of(user));
		addEditing(id, user.version(), model);
		return FORM;
	}

	@RecentAuthenticationRequired
	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("userForm") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		addEditing(id, users.getUser(id).version(), model);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			users.updateUser(id, form.getVersion(), form.getDisplayName(), form.getRole(), form.getRegionName(),
					form.getOrganisation(), form.isEnabled());
		}
		catch (StaleRecordException stale) {
			model.addAttribute("flashError", "form.conflict");
			model.addAttribute("current", users.getUser(id));
			return FORM;
		}
		catch (IllegalArgumentException unknownRegion) {
			result.rejectValue("regionName", "identity.user.regionName.required");
			return FORM;
		}
		redirect.addFlashAttribute("flash", "identity.user.updated");
		return "redirect:/admin/users";
	}

	@RecentAuthenticationRequired
	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		UserSummary user = users.getUser(id);
		redirect.addFlashAttribute("flash", "identity.user.passwordReset");
		redirect.addFlashAttribute("oneTimePassword", users.resetPassword(id).password());
		redirect.addFlashAttribute("oneTimeUser", user.username());
		return "redirect:/admin/users";
	}

	/** The model of the edit page: the user, and their two-factor status with the version its forms send. */
	private void addEditing(UUID id, long version, Model model) {
		model.addAttribute("userId", id);
		model.addAttribute("creating", false);
		model.addAttribute("mfa", secondFactors.status(id));
		model.addAttribute("userVersion", version);
	}
}

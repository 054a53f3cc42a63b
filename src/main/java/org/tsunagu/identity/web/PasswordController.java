package org.tsunagu.identity.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.internal.WeakPasswordException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * パスワード変更: every user may change their own password; a user with a one-time password must.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String VIEW = "identity/password";

	private final UserManagement users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	String initChangeForm(@ModelAttribute("passwordForm") PasswordForm form) {
		return VIEW;
	}

	@PostMapping
	String processChangeForm(@Validated @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		CurrentUser user = CurrentUsers.require();
		try {
			users.changeOwnPassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (WeakPasswordException weak) {
			result.rejectValue("newPassword", weak.messageKey());
			return VIEW;
		}
		catch (IllegalArgumentException wrongCurrent) {
			result.rejectValue("currentPassword", "identity.password.current.wrong");
			return VIEW;
		}
		refreshSession(user, request, response);
		redirect.addFlashAttribute("flash", "identity.password.changed");
		return "redirect:/";
	}

	/** The session's principal no longer carries the one-time-password flag. */
	private void refreshSession(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}

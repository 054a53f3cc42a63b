package org.tsunagu.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.internal.ReauthenticationService;
import org.tsunagu.identity.internal.ReauthenticationService.Outcome;
import org.tsunagu.identity.internal.RecentAuthentication;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 本人確認: before an export or a change of security settings, the user types their password again (and the
 * authenticator code when they registered an app), then goes on to where they were heading.
 */
@Controller
@RequestMapping(RecentAuthentication.PAGE)
class ReauthenticationController {

	private static final String VIEW = "identity/reauthenticate";

	private final ReauthenticationService reauthentication;

	ReauthenticationController(ReauthenticationService reauthentication) {
		this.reauthentication = reauthentication;
	}

	@GetMapping
	String initReauthenticationForm(@RequestParam(name = "continue", defaultValue = "/") String target,
			@ModelAttribute("reauthenticationForm") ReauthenticationForm form, Model model) {
		return show(target, model);
	}

	@PostMapping
	String processReauthenticationForm(@RequestParam(name = "continue", defaultValue = "/") String target,
			@Validated @ModelAttribute("reauthenticationForm") ReauthenticationForm form, BindingResult result,
			HttpServletRequest request, Model model) {
		if (result.hasErrors()) {
			return show(target, model);
		}
		CurrentUser user = CurrentUsers.require();
		Outcome outcome = reauthentication.reauthenticate(user.id(), form.getPassword(), form.getCode());
		switch (outcome) {
			case CONFIRMED -> {
				RecentAuthentication.record(request, reauthentication.now());
				return "redirect:" + RecentAuthentication.safeContinue(target);
			}
			case WRONG_PASSWORD -> result.rejectValue("password", "identity.reauth.password.wrong");
			case CODE_MISSING -> result.rejectValue("code", "identity.reauth.code.required");
			case WRONG_CODE -> result.rejectValue("code", "identity.mfa.code.wrong");
		}
		return show(target, model);
	}

	private String show(String target, Model model) {
		model.addAttribute("continueTo", RecentAuthentication.safeContinue(target));
		model.addAttribute("maxAgeMinutes", reauthentication.maxAge().toMinutes());
		model.addAttribute("needsCode", reauthentication.needsCode(CurrentUsers.require().id()));
		return VIEW;
	}
}

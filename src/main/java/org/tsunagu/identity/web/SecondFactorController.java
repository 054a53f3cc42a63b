package org.tsunagu.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.internal.SecondFactorLogin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The login's second step: the code from the authenticator app (or a recovery code), and on the first login
 * the registration of the app with its QR code and the recovery codes.
 */
@Controller
@RequestMapping(SecondFactorLogin.CODE_PAGE)
class SecondFactorController {

	private static final String SETUP_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	SecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping
	String showCodeForm(HttpServletRequest request) {
		String username = SecondFactorLogin.pendingUsername(request);
		if (username == null) {
			return "redirect:/login";
		}
		if (!secondFactors.hasSecondFactor(username)) {
			return "redirect:" + SecondFactorLogin.SETUP_PAGE;
		}
		return "identity/mfa-code";
	}

	@PostMapping
	String processCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String username = SecondFactorLogin.pendingUsername(request);
		if (username == null) {
			return "redirect:/login";
		}
		if (!secondFactors.verify(username, code)) {
			model.addAttribute("codeError", "identity.mfa.code.wrong");
			return "identity/mfa-code";
		}
		SecondFactorLogin.complete(request, response);
		return "redirect:/";
	}

	@GetMapping("/setup")
	String showSetup(HttpServletRequest request, Model model) {
		String username = SecondFactorLogin.pendingUsername(request);
		if (username == null) {
			return "redirect:/login";
		}
		if (secondFactors.hasSecondFactor(username)) {
			return "redirect:" + SecondFactorLogin.CODE_PAGE;
		}
		SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(username);
		request.getSession().setAttribute(SETUP_SECRET, enrolment);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("groupedSecret", grouped(enrolment.secret()));
		return "identity/mfa-setup";
	}

	@PostMapping("/setup")
	String processSetup(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String username = SecondFactorLogin.pendingUsername(request);
		HttpSession session = request.getSession(false);
		@Nullable Object pending = session == null ? null : session.getAttribute(SETUP_SECRET);
		if (username == null || !(pending instanceof SecondFactors.Enrolment enrolment)) {
			return "redirect:/login";
		}
		List<String> recoveryCodes;
		try {
			recoveryCodes = secondFactors.completeEnrolment(username, enrolment.secret(), code);
		}
		catch (IllegalArgumentException wrongCode) {
			model.addAttribute("enrolment", enrolment);
			model.addAttribute("groupedSecret", grouped(enrolment.secret()));
			model.addAttribute("codeError", "identity.mfa.code.wrong");
			return "identity/mfa-setup";
		}
		session.removeAttribute(SETUP_SECRET);
		SecondFactorLogin.complete(request, response);
		model.addAttribute("recoveryCodes", recoveryCodes);
		return "identity/mfa-recovery-codes";
	}

	/** The secret in groups of four, easier to type into an app by hand. */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}
}

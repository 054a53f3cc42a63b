package org.tsunagu.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

/**
 * 二要素認証の管理: an administrator resets a user's second factor (a lost phone; the user registers again at
 * the next login) or requires it for an outside organisation's account. Security settings: the administrator
 * must have typed their password recently.
 */
@Controller
@RequestMapping("/admin/users/{id}/mfa")
@RecentAuthenticationRequired
class UserSecondFactorController {

	private final SecondFactors secondFactors;

	UserSecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@PostMapping("/reset")
	String resetSecondFactor(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			secondFactors.reset(id, version);
			redirect.addFlashAttribute("flash", "identity.user.mfa.wasReset");
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return edit(id);
	}

	@PostMapping("/require")
	String requireSecondFactor(@PathVariable UUID id, @RequestParam long version, @RequestParam boolean required,
			RedirectAttributes redirect) {
		try {
			secondFactors.require(id, version, required);
			redirect.addFlashAttribute("flash", required ? "identity.user.mfa.nowRequired" : "identity.user.mfa.nowOptional");
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return edit(id);
	}

	private static String edit(UUID id) {
		return "redirect:/admin/users/" + id + "/edit";
	}
}

package org.tsunagu.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;

/**
 * ホーム: the first screen after login, with what the user's role works on.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String showHome(Model model) {
		CurrentUser user = CurrentUsers.require();
		model.addAttribute("areas", Area.navigationFor(user.role()));
		model.addAttribute("regionArea", user.mayOpen(Area.REGION));
		return "portal/home";
	}
}

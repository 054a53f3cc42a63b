package org.tsunagu.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.consultation.CaseQueries;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;

/**
 * ホーム: the first screen after login, with what the user's role works on and their open cases (my work).
 */
@Controller
class HomeController {

	private final CaseQueries cases;

	HomeController(CaseQueries cases) {
		this.cases = cases;
	}

	@GetMapping("/")
	String showHome(Model model) {
		CurrentUser user = CurrentUsers.require();
		model.addAttribute("work", cases.workFor(user));
		model.addAttribute("areas", Area.navigationFor(user.role()));
		model.addAttribute("regionArea", user.mayOpen(Area.REGION));
		return "portal/home";
	}
}

package org.tsunagu.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 管理: the administrator's entry page (users, reference data, audit log, API documentation).
 */
@Controller
class AdminController {

	@GetMapping("/admin")
	String showAdmin(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		return "portal/admin";
	}
}

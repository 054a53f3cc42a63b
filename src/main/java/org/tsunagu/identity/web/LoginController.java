package org.tsunagu.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Japanese login page; Spring Security handles the POST.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLogin() {
		return "identity/login";
	}
}

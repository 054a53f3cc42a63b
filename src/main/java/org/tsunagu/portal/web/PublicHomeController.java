package org.tsunagu.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The top page of the public site (no login): what the center is and the public pages the modules offer
 * ({@link org.tsunagu.shared.web.PublicSection}).
 */
@Controller
class PublicHomeController {

	@GetMapping({ "/public", "/public/" })
	String showPublicHome() {
		return "public/home";
	}
}

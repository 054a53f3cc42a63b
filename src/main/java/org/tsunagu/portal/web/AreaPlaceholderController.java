package org.tsunagu.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.identity.Area;

/**
 * The entry page of an area whose module has not landed yet: it says so plainly instead of a 404. Each
 * module replaces its entry here with its own controller when it lands.
 */
@Controller
class AreaPlaceholderController {

	@GetMapping({ "/information" })
	String showPlaceholder(jakarta.servlet.http.HttpServletRequest request, Model model) {
		Area area = java.util.Arrays.stream(Area.values())
			.filter(candidate -> candidate.path().equals(request.getRequestURI().substring(request.getContextPath().length())))
			.findFirst()
			.orElseThrow();
		model.addAttribute("area", area);
		model.addAttribute("activeNav", area.name());
		return "portal/placeholder";
	}
}

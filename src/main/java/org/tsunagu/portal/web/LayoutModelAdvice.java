package org.tsunagu.portal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;

/**
 * What the layout of every page needs: the logged-in user, the main menu their role may use, and whether
 * this is the demo.
 */
@ControllerAdvice(basePackages = "org.tsunagu")
class LayoutModelAdvice {

	private final boolean demoMode;

	LayoutModelAdvice(@Value("${tsunagu.demo.enabled:false}") boolean demoMode) {
		this.demoMode = demoMode;
	}

	@ModelAttribute("currentUser")
	@Nullable
	CurrentUser currentUser() {
		return CurrentUsers.find().orElse(null);
	}

	@ModelAttribute("navigation")
	List<Area> navigation() {
		return CurrentUsers.find().map(user -> Area.navigationFor(user.role())).orElse(List.of());
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode;
	}
}

package org.tsunagu.portal.web;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.shared.web.PublicSection;

/**
 * What the layout of every page needs: the logged-in user, the main menu their role may use, the public
 * site's menu, and whether this is the demo.
 */
@ControllerAdvice(basePackages = "org.tsunagu")
class LayoutModelAdvice {

	private final boolean demoMode;

	private final List<PublicSection> publicSections;

	LayoutModelAdvice(@Value("${tsunagu.demo.enabled:false}") boolean demoMode,
			ObjectProvider<PublicSection> publicSections) {
		this.demoMode = demoMode;
		this.publicSections = publicSections.stream().sorted(Comparator.comparingInt(PublicSection::order)).toList();
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

	/** The menu of the public site, from the {@link PublicSection}s the modules declare. */
	@ModelAttribute("publicSections")
	List<PublicSection> publicSections() {
		return publicSections;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return demoMode;
	}
}

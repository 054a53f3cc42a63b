package org.tsunagu.registry.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;

/**
 * 対象児の選択: the children whose name or フリガナ contains what was typed, for the forms of other modules
 * that link a child (consultation intake, supervisor dispatch, liaison log). Only children the caller may see
 * are offered: the registry's own scope rules decide. A POST, so that what was typed (part of a child's name) stays
 * out of URLs, proxy logs and the browser's history.
 */
@Controller
@RequestMapping("/children/picker")
class ChildPickerController {

	/** Choices shown at once: a picker, not a list. */
	static final int MAX_CHOICES = 10;

	private final ChildManagement children;

	ChildPickerController(ChildManagement children) {
		this.children = children;
	}

	@PostMapping
	String pickChild(@RequestParam(name = "childQuery", required = false) @Nullable String text, Model model) {
		String query = text == null ? "" : text.strip();
		List<ChildListItem> found = query.codePointCount(0, query.length()) < 2 ? List.of()
				: children.search(new ChildFilter(query, null, null, null, null, null, null),
						PageRequest.of(0, MAX_CHOICES, Sort.by("familyNameKana", "givenNameKana"))).getContent();
		model.addAttribute("query", query);
		model.addAttribute("choices", found);
		return "registry/picker :: choices";
	}
}

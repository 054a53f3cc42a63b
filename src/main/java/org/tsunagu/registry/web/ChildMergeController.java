package org.tsunagu.registry.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildMerging;
import org.tsunagu.shared.StaleRecordException;

/**
 * 重複記録の統合: the センター長 sees the records that may be the same child as this one and merges one into it.
 */
@Controller
@RequestMapping("/children/{id}/merge")
class ChildMergeController {

	private final ChildManagement children;

	private final ChildMerging merging;

	ChildMergeController(ChildManagement children, ChildMerging merging) {
		this.children = children;
		this.merging = merging;
	}

	@GetMapping
	String showCandidates(@PathVariable UUID id, Model model) {
		checkDirector();
		ChildDetails child = children.get(id);
		List<ChildListItem> candidates = children.findPossibleDuplicates(ChildForm.of(child).toInput())
			.stream()
			.filter(candidate -> !candidate.id().equals(id))
			.toList();
		model.addAttribute("activeNav", "REGISTRY");
		model.addAttribute("child", child);
		model.addAttribute("candidates", candidates);
		return "registry/merge";
	}

	@PostMapping
	String mergeInto(@PathVariable UUID id, @RequestParam UUID mergedId, @RequestParam long version,
			RedirectAttributes redirect) {
		checkDirector();
		ChildDetails merged = children.get(mergedId);
		try {
			merging.merge(mergedId, merged.version(), id, version);
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
			return "redirect:/children/" + id + "/merge";
		}
		redirect.addFlashAttribute("flash", "registry.merge.done");
		return "redirect:/children/" + id;
	}

	private static void checkDirector() {
		if (CurrentUsers.require().role() != Role.CENTER_DIRECTOR) {
			throw new AccessDeniedException("Only the center director merges records");
		}
	}
}

package org.tsunagu.retention.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.retention.RetentionReviews;
import org.tsunagu.retention.RetentionReviews.ItemVersion;
import org.tsunagu.retention.RetentionRun;
import org.tsunagu.retention.ReviewItem;
import org.tsunagu.retention.ReviewStatus;
import org.tsunagu.shared.RecordNotFoundException;
import org.tsunagu.shared.StaleRecordException;

/**
 * 保存期間と削除 (the センター長's retention review): the items past their retention period, approval one by one or
 * of the selected ones, holding with a reason, and the run that disposes of approved records.
 */
@Controller
@RequestMapping(RetentionController.PATH)
class RetentionController {

	static final String PATH = "/retention";

	private final RetentionReviews reviews;

	RetentionController(RetentionReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping
	String listReviews(@RequestParam(required = false) @Nullable ReviewStatus status, Model model) {
		model.addAttribute("activeNav", "RETENTION");
		model.addAttribute("items", reviews.list(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReviewStatus.values());
		model.addAttribute("periods", reviews.periods());
		return "retention/list";
	}

	@PostMapping("/{id}/approve")
	String processApproval(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return done(redirect, "retention.approved", () -> reviews.approve(id, version));
	}

	/** Approves the checked items; each value is {@code id:version} as the list showed it. */
	@PostMapping("/approve")
	String processBatchApproval(@RequestParam(name = "items", required = false) @Nullable List<String> selected,
			RedirectAttributes redirect) {
		if (selected == null || selected.isEmpty()) {
			redirect.addFlashAttribute("flashError", "retention.batch.none");
			return "redirect:" + PATH;
		}
		List<ItemVersion> items = new ArrayList<>();
		for (String value : selected) {
			String[] parts = value.split(":", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("Not an id:version pair: " + value);
			}
			items.add(new ItemVersion(UUID.fromString(parts[0]), Long.parseLong(parts[1])));
		}
		return done(redirect, "retention.batch.approved",
				() -> redirect.addFlashAttribute("approvedCount", reviews.approveAll(items)));
	}

	@GetMapping("/{id}/hold")
	String initHoldForm(@PathVariable UUID id, Model model) {
		ReviewItem item = find(id);
		HoldForm form = new HoldForm();
		form.setVersion(item.version());
		model.addAttribute("holdForm", form);
		return holdView(item, model);
	}

	@PostMapping("/{id}/hold")
	String processHoldForm(@PathVariable UUID id, @Validated @ModelAttribute("holdForm") HoldForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return holdView(find(id), model);
		}
		return done(redirect, "retention.held", () -> reviews.hold(id, form.getVersion(), form.getReason()));
	}

	@PostMapping("/run")
	String processRun(RedirectAttributes redirect) {
		RetentionRun run = reviews.runNow();
		redirect.addFlashAttribute("run", run);
		return "redirect:" + PATH;
	}

	/** Runs a decision and goes back to the list; a stale page or a finished item says so instead. */
	private static String done(RedirectAttributes redirect, String message, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("flash", message);
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		catch (IllegalStateException refused) {
			redirect.addFlashAttribute("flashError", "retention.refused");
		}
		return "redirect:" + PATH;
	}

	private String holdView(ReviewItem item, Model model) {
		model.addAttribute("activeNav", "RETENTION");
		model.addAttribute("item", item);
		return "retention/hold";
	}

	private ReviewItem find(UUID id) {
		return reviews.find(id).orElseThrow(() -> new RecordNotFoundException("RetentionReview", id));
	}
}

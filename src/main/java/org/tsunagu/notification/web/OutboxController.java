package org.tsunagu.notification.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.notification.MailOutbox;
import org.tsunagu.notification.MailStatus;

/** 送信メール: the administrators' view of the e-mail outbox, with "send again" for failed mails. */
@Controller
@RequestMapping("/admin/mail")
class OutboxController {

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String listMails(@RequestParam(required = false) @Nullable MailStatus status, Model model) {
		model.addAttribute("mails", outbox.recent(status));
		model.addAttribute("statuses", MailStatus.values());
		model.addAttribute("selectedStatus", status);
		model.addAttribute("activeNav", "ADMIN");
		return "notification/outbox";
	}

	@PostMapping("/{id}/retry")
	String retryMail(@PathVariable UUID id, RedirectAttributes redirect) {
		outbox.retry(id);
		redirect.addFlashAttribute("flash", "notification.outbox.retried");
		return "redirect:/admin/mail?status=PENDING";
	}
}

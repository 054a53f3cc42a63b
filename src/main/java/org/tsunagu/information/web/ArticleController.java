package org.tsunagu.information.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.ArticleManagement;
import org.tsunagu.information.ArticleStatus;
import org.tsunagu.information.InvalidArticleException;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 情報発信 — content: the list, the Markdown form with its live preview, an article's page with its workflow
 * (確認へ回す, 公開する, 差し戻す, 公開を停止する), kept versions and files.
 */
@Controller
@RequestMapping("/information/articles")
class ArticleController {

	private static final String FORM = "information/article-form";

	private final ArticleManagement articles;

	private final ReferenceData reference;

	ArticleController(ArticleManagement articles, ReferenceData reference) {
		this.articles = articles;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INFORMATION");
		model.addAttribute("kinds", ArticleKind.values());
	}

	@GetMapping
	String listArticles(@RequestParam(required = false) @Nullable ArticleKind kind,
			@RequestParam(required = false) @Nullable ArticleStatus status,
			@PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", articles.search(kind, status, pageable));
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ArticleStatus.values());
		return Htmx.view(request, "information/articles", "results");
	}

	@GetMapping("/{id}")
	String showArticle(@PathVariable UUID id, Model model) {
		var article = articles.get(id);
		model.addAttribute("article", article);
		model.addAttribute("bodyHtml", articles.renderPreview(article.body()));
		model.addAttribute("resultHtml", article.result() == null ? "" : articles.renderPreview(article.result()));
		model.addAttribute("mayPublish", articles.mayPublish());
		return "information/article";
	}

	@GetMapping("/{id}/versions/{revision}")
	String showRevision(@PathVariable UUID id, @PathVariable int revision, Model model) {
		model.addAttribute("articleId", id);
		model.addAttribute("published", articles.revision(id, revision));
		return "information/revision";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(defaultValue = "NEWS") ArticleKind kind, Model model) {
		ArticleForm form = new ArticleForm();
		form.setKind(kind);
		model.addAttribute("articleForm", form);
		return showForm(model, true);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("articleForm") ArticleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, true);
		}
		try {
			UUID id = articles.create(form.toInput());
			redirect.addFlashAttribute("flash", "information.created");
			return "redirect:/information/articles/" + id;
		}
		catch (InvalidArticleException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, true);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("articleForm", ArticleForm.of(articles.get(id)));
		model.addAttribute("articleId", id);
		return showForm(model, false);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("articleForm") ArticleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("articleId", id);
		if (result.hasErrors()) {
			return showForm(model, false);
		}
		try {
			articles.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			model.addAttribute("flashError", "form.conflict");
			return showForm(model, false);
		}
		catch (InvalidArticleException invalid) {
			result.rejectValue(invalid.getField(), invalid.getMessageKey());
			return showForm(model, false);
		}
		redirect.addFlashAttribute("flash", "information.updated");
		return "redirect:/information/articles/" + id;
	}

	/** The live preview of the Markdown being written (htmx). */
	@PostMapping("/preview")
	String preview(@RequestParam(defaultValue = "") String body, Model model) {
		model.addAttribute("previewHtml", articles.renderPreview(body));
		return "information/article-form :: preview";
	}

	@PostMapping("/{id}/{step:submit|send-back|publish|unpublish}")
	String changeStatus(@PathVariable UUID id, @PathVariable String step, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "submit" -> articles.submitForReview(id, version);
				case "send-back" -> articles.sendBack(id, version);
				case "publish" -> articles.publish(id, version);
				default -> articles.unpublish(id, version);
			}
			redirect.addFlashAttribute("flash", "information.step." + step);
		}
		catch (StaleRecordException | IllegalStateException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/information/articles/" + id;
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			articles.attach(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file.getBytes());
			redirect.addFlashAttribute("flash", "information.attachment.added");
		}
		catch (InvalidArticleException invalid) {
			redirect.addFlashAttribute("flashError", invalid.getMessageKey());
		}
		return "redirect:/information/articles/" + id;
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
		articles.removeAttachment(id, attachmentId);
		redirect.addFlashAttribute("flash", "information.attachment.removed");
		return "redirect:/information/articles/" + id;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> downloadAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return Downloads.attachment(articles.attachment(id, attachmentId));
	}

	private String showForm(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("regions", reference.regions(false));
		model.addAttribute("themes", org.tsunagu.information.PracticeTheme.values());
		return FORM;
	}
}

package org.tsunagu.audit.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditChain;
import org.tsunagu.audit.ChainVerification;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * 監査ログ: administrators search the audit log and export it as CSV.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

	static final int PAGE_SIZE = 50;

	static final String LIST_PATH = "/admin/audit";

	private final AuditQueries queries;

	private final AuditLog auditLog;

	private final AuditCsvExport csvExport;

	private final AuditChain chain;

	AuditLogController(AuditQueries queries, AuditLog auditLog, AuditCsvExport csvExport, AuditChain chain) {
		this.queries = queries;
		this.chain = chain;
		this.auditLog = auditLog;
		this.csvExport = csvExport;
	}

	/** Error codes of the filter form resolve to {@code audit.*} message keys, like all of this module's text. */
	@InitBinder("auditSearchForm")
	void initBinder(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("audit.");
		binder.setMessageCodesResolver(codes);
	}

	@ModelAttribute("actions")
	AuditAction[] actions() {
		return AuditAction.values();
	}

	@GetMapping
	String listAuditEntries(@Valid AuditSearchForm auditSearchForm, BindingResult result,
			@PageableDefault(size = PAGE_SIZE, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("activeNav", "ADMIN");
		auditSearchForm.validateRange(result);
		if (!result.hasErrors()) {
			// The page size is fixed: a size in the URL must not make the server render the whole table.
			Pageable page = PageRequest.of(pageable.getPageNumber(), PAGE_SIZE, pageable.getSort());
			model.addAttribute("entries", queries.findEntries(auditSearchForm.toSearch(), page));
			model.addAttribute("filterUrl", url(LIST_PATH, auditSearchForm, Sort.unsorted()));
			model.addAttribute("pageUrl", url(LIST_PATH, auditSearchForm, pageable.getSort()));
			model.addAttribute("exportUrl", url(LIST_PATH + "/export", auditSearchForm, pageable.getSort()));
		}
		return Htmx.view(request, "audit/list", "results");
	}

	/** The export is itself audited, with its filters, before the first row leaves. */
	@RecentAuthenticationRequired
	@GetMapping("/export")
	void exportAuditEntries(@Valid AuditSearchForm auditSearchForm, BindingResult result,
			@SortDefault(sort = "occurredAt", direction = Sort.Direction.DESC) Sort sort, Locale locale,
			HttpServletResponse response) throws IOException {
		auditSearchForm.validateRange(result);
		if (result.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		auditLog.record(AuditAction.EXPORT, "AuditEntry", null, auditSearchForm.describe());
		String filename = "audit-log-" + JapaneseDates.today() + ".csv";
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		csvExport.write(auditSearchForm.toSearch(), sort, locale, response.getOutputStream());
	}

	/** Checks the hash chain now (sealing what is pending first) and shows the result on the audit log page. */
	@PostMapping("/verify")
	String verifyChain(RedirectAttributes redirect) {
		chain.sealPending();
		ChainVerification result = chain.verify();
		auditLog.record(AuditAction.READ, "AuditChain", null, result.intact() ? "verify: intact"
				: "verify: broken at " + result.brokenAtIndex());
		redirect.addFlashAttribute("chainResult", result);
		return "redirect:" + LIST_PATH;
	}

	private static String url(String path, AuditSearchForm form, Sort sort) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParams(form.toQueryParams());
		for (Sort.Order order : sort) {
			builder.queryParam("sort", order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT));
		}
		return builder.encode().build().toUriString();
	}
}

package org.tsunagu.audit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Page;
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
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditEntryWindow;
import org.tsunagu.audit.ChainVerification;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedPage;
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

	/** The columns the screen sorts by (the same as the query accepts). */
	private static final Set<String> SORTABLE = Set.of("occurredAt", "actor", "action");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt");

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

	/**
	 * Newest first (the default) pages by keyset: 50 entries and a link to the next, older 50 that carries the
	 * last entry's time and id, as far back as the log goes. Other sorts page by OFFSET up to the cap. Either way
	 * the count stops at 10,000 (「10,000件以上」).
	 */
	@GetMapping
	String listAuditEntries(@Valid AuditSearchForm auditSearchForm, BindingResult result,
			@PageableDefault(size = PAGE_SIZE, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("activeNav", "ADMIN");
		auditSearchForm.validateRange(result);
		auditSearchForm.validateCursor(result);
		String filterUrl = url(LIST_PATH, auditSearchForm, Sort.unsorted());
		model.addAttribute("filterUrl", filterUrl);
		if (!result.hasErrors()) {
			model.addAttribute("pageUrl", url(LIST_PATH, auditSearchForm, pageable.getSort()));
			model.addAttribute("exportUrl", url(LIST_PATH + "/export", auditSearchForm, pageable.getSort()));
			model.addAttribute("pageSize", PAGE_SIZE);
			if (newestFirst(pageable.getSort())) {
				showNewest(auditSearchForm, filterUrl, model);
			}
			else {
				showPage(auditSearchForm, pageable, model);
			}
		}
		return Htmx.view(request, "audit/list", "results");
	}

	private void showNewest(AuditSearchForm form, String filterUrl, Model model) {
		AuditCursor after = form.cursor();
		AuditEntryWindow window = queries.findNewest(form.toSearch(), after, PAGE_SIZE);
		model.addAttribute("sorting", PageRequest.of(0, PAGE_SIZE, NEWEST_FIRST));
		model.addAttribute("entries", window.entries());
		model.addAttribute("total", window.total());
		AuditCursor next = window.next();
		if (next != null) {
			model.addAttribute("nextUrl", UriComponentsBuilder.fromPath(LIST_PATH)
				.queryParams(form.toQueryParams())
				.queryParam("after", next.toParameter())
				.encode()
				.build()
				.toUriString());
		}
		if (after != null) {
			model.addAttribute("latestUrl", filterUrl);
		}
	}

	// The page size is fixed: a size in the URL must not make the server render the whole table.
	private void showPage(AuditSearchForm form, Pageable pageable, Model model) {
		Page<AuditEntryView> page = queries.findEntries(form.toSearch(),
				PageRequest.of(pageable.getPageNumber(), PAGE_SIZE, pageable.getSort()));
		model.addAttribute("sorting", page.getPageable());
		model.addAttribute("entries", page);
		model.addAttribute("page", page);
		model.addAttribute("total",
				page instanceof CappedPage<?> capped ? capped.getTotal() : CappedCount.of(page.getTotalElements()));
	}

	/** Newest first: the default, and what a sort by columns the screen does not offer comes down to. */
	static boolean newestFirst(Sort sort) {
		List<Sort.Order> offered = sort.stream().filter(order -> SORTABLE.contains(order.getProperty())).toList();
		return offered.isEmpty() || Sort.by(offered).equals(NEWEST_FIRST);
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

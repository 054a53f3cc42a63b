package org.tsunagu.registry.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.shared.TabularFile;

/**
 * 児童の一括登録: an administrator imports the children of a survey sheet (CSV or Excel). Every row is checked
 * first; with any error nothing is imported and every error is shown with its row and column.
 */
@Controller
@RequestMapping("/admin/import/children")
class ChildImportController {

	private static final String VIEW = "registry/import";

	private final ChildImportReader reader;

	private final ChildManagement children;

	ChildImportController(ChildImportReader reader, ChildManagement children) {
		this.reader = reader;
		this.children = children;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "ADMIN");
		model.addAttribute("columns", ChildImportReader.COLUMNS.keySet());
		model.addAttribute("required", ChildImportReader.REQUIRED);
	}

	@GetMapping
	String initImportForm() {
		return VIEW;
	}

	@PostMapping
	String processImportForm(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		TabularFile table;
		try {
			table = TabularFile.read(String.valueOf(file.getOriginalFilename()), file.getBytes());
		}
		catch (IllegalArgumentException unreadable) {
			model.addAttribute("fileError", "registry.import.unreadable");
			return VIEW;
		}
		ImportResult result = reader.read(table);
		if (!result.isValid()) {
			model.addAttribute("errors", result.errors());
			model.addAttribute("rowCount", table.rows().size());
			return VIEW;
		}
		redirect.addFlashAttribute("imported", children.importAll(result.children()));
		redirect.addFlashAttribute("flash", "registry.import.done");
		return "redirect:/admin/import/children";
	}
}

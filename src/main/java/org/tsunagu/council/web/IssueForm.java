package org.tsunagu.council.web;

import org.tsunagu.council.IssueInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A 地域課題 raised by a 圏域会議.
 */
public class IssueForm {

	@NotBlank(message = "{council.issue.title.required}")
	@Size(max = 200, message = "{council.size200}")
	private String title = "";

	@NotBlank(message = "{council.issue.description.required}")
	@Size(max = 4000, message = "{council.size4000}")
	private String description = "";

	IssueInput toInput() {
		return new IssueInput(title, description);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}

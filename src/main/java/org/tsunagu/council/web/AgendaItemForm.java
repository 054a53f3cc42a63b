package org.tsunagu.council.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.AgendaItemInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new agenda item: title, 会議事項 tag and presenter.
 */
public class AgendaItemForm {

	private long version;

	@NotBlank(message = "{council.agenda.title.required}")
	@Size(max = 200, message = "{council.size200}")
	private String title = "";

	@NotBlank(message = "{council.agenda.topic.required}")
	private String topicCode = "";

	@Size(max = 200, message = "{council.size200}")
	private @Nullable String presenter;

	AgendaItemInput toInput() {
		return new AgendaItemInput(title, topicCode, presenter);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTopicCode() {
		return topicCode;
	}

	public void setTopicCode(String topicCode) {
		this.topicCode = topicCode;
	}

	public @Nullable String getPresenter() {
		return presenter;
	}

	public void setPresenter(@Nullable String presenter) {
		this.presenter = presenter;
	}
}

package org.tsunagu.council.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.AgendaItemInput;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 議題: one item of a meeting's agenda, tagged with one 会議事項 of the council. Part of its meeting.
 */
@Entity
@Table(name = "council_agenda_items")
class AgendaItem {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(name = "topic_code", nullable = false, length = 10)
	private String topicCode = "";

	@Column(length = 200)
	private @Nullable String presenter;

	@Column(name = "regional_issue_id")
	private @Nullable UUID regionalIssueId;

	protected AgendaItem() {
	}

	AgendaItem(int sortOrder, AgendaItemInput input, @Nullable UUID regionalIssueId) {
		this.sortOrder = sortOrder;
		this.title = input.title().strip();
		this.topicCode = input.topicCode();
		this.presenter = input.presenter() == null || input.presenter().isBlank() ? null : input.presenter().strip();
		this.regionalIssueId = regionalIssueId;
	}

	UUID getId() {
		return id;
	}

	int getSortOrder() {
		return sortOrder;
	}

	String getTitle() {
		return title;
	}

	String getTopicCode() {
		return topicCode;
	}

	@Nullable String getPresenter() {
		return presenter;
	}

	@Nullable UUID getRegionalIssueId() {
		return regionalIssueId;
	}
}

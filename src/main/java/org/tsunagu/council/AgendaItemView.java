package org.tsunagu.council;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item of a meeting's agenda.
 *
 * @param id the item's id
 * @param title what is discussed
 * @param topicCode the 会議事項 it is tagged with
 * @param topicLabel the text of that 会議事項
 * @param presenter who presents it
 * @param regionalIssueId the 地域課題 it takes up, on a 全県会議
 */
public record AgendaItemView(UUID id, String title, String topicCode, String topicLabel, @Nullable String presenter,
		@Nullable UUID regionalIssueId) {
}

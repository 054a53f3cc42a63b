package org.tsunagu.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A full-text search over consultations with its filters; a null field does not filter.
 *
 * @param text words, all of which must occur (as written, or — in kana — as read); blank finds everything
 * @param from received on or after this day (JST)
 * @param to received on or before this day (JST)
 * @param region the 圏域
 * @param channel the channel
 * @param topic one of the topics
 * @param status the status
 * @param owner who took or handles it (the display name)
 * @param order the order of the results (null: relevance)
 */
public record ConsultationSearchQuery(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String region, @Nullable ConsultationChannel channel, @Nullable ConsultationTopic topic,
		@Nullable ConsultationStatus status, @Nullable String owner, SearchOrder order) {

	public ConsultationSearchQuery {
		order = order == null ? SearchOrder.RELEVANCE : order;
	}

	/** By relevance (newest first without words). */
	public ConsultationSearchQuery(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String region, @Nullable ConsultationChannel channel, @Nullable ConsultationTopic topic,
			@Nullable ConsultationStatus status, @Nullable String owner) {
		this(text, from, to, region, channel, topic, status, owner, SearchOrder.RELEVANCE);
	}

	/** The same filters without words. */
	public ConsultationSearchQuery withoutText() {
		return new ConsultationSearchQuery(null, from, to, region, channel, topic, status, owner, order);
	}

	/** Words only, no other filter. */
	public static ConsultationSearchQuery text(@Nullable String text) {
		return new ConsultationSearchQuery(text, null, null, null, null, null, null, null);
	}
}

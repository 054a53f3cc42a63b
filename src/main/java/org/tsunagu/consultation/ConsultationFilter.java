package org.tsunagu.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The consultation list's filters; a null field does not filter.
 *
 * @param text words in the content, the answer or the consulter's name or organisation
 * @param from received on or after this day (JST)
 * @param to received on or before this day (JST)
 * @param region the 圏域
 * @param channel the channel
 * @param topic one of the topics
 * @param status the status
 */
public record ConsultationFilter(@Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String region, @Nullable ConsultationChannel channel, @Nullable ConsultationTopic topic,
		@Nullable ConsultationStatus status) {

	/** No filter at all. */
	public static ConsultationFilter none() {
		return new ConsultationFilter(null, null, null, null, null, null, null);
	}
}

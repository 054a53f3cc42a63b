package org.tsunagu.consultation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One consultation found by the full-text search.
 *
 * @param id the consultation's id
 * @param receivedAt when it was received (UTC)
 * @param channel how it reached the center
 * @param consulterType who consulted
 * @param regionName the 圏域
 * @param topics the topics
 * @param summary the start of the content
 * @param status where it stands
 * @param owner who took it
 * @param excerpt the passage the words matched, marked (the start of the content when none is marked)
 */
public record ConsultationSearchHit(UUID id, Instant receivedAt, ConsultationChannel channel,
		ConsulterType consulterType, String regionName, Set<ConsultationTopic> topics, String summary,
		ConsultationStatus status, String owner, SearchExcerpt excerpt) {
}

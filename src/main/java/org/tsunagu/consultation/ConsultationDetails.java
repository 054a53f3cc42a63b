package org.tsunagu.consultation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One consultation as shown on its page and by the API.
 *
 * @param id the consultation's id
 * @param version the version, for optimistic locking
 * @param receivedAt when it was received (UTC)
 * @param channel how it reached the center
 * @param consulterType who consulted
 * @param consulterName the consulter's name
 * @param consulterOrganisation the consulter's organisation
 * @param municipalityCode the 市町村 code
 * @param municipalityName the 市町村 name
 * @param regionName the 圏域
 * @param childLink whether the child is linked, unknown or anonymous
 * @param childId the linked child
 * @param topics the topics
 * @param content what was asked
 * @param answer what was answered
 * @param nextStep what happens next
 * @param status where it stands
 * @param recordedBy who took it
 */
public record ConsultationDetails(UUID id, long version, Instant receivedAt, ConsultationChannel channel,
		ConsulterType consulterType, @Nullable String consulterName, @Nullable String consulterOrganisation,
		@Nullable String municipalityCode, @Nullable String municipalityName, String regionName, ChildLink childLink,
		@Nullable UUID childId, Set<ConsultationTopic> topics, String content, @Nullable String answer,
		@Nullable String nextStep, ConsultationStatus status, String recordedBy) {
}

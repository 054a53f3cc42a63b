package org.tsunagu.consultation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the intake form records about a consultation.
 *
 * @param receivedAt when it was received (UTC)
 * @param channel how it reached the center
 * @param consulterType who consulted
 * @param consulterName the consulter's name, if given
 * @param consulterOrganisation the consulter's organisation, if any
 * @param municipalityCode the 市町村 concerned; when given, the 圏域 follows from it
 * @param regionName the 圏域, required only when the municipality is unknown
 * @param childLink whether the child is linked, unknown or anonymous
 * @param childId the registry child, for {@link ChildLink#LINKED}
 * @param topics at least one topic
 * @param content what was asked
 * @param answer what was answered
 * @param nextStep what happens next
 */
public record ConsultationInput(Instant receivedAt, ConsultationChannel channel, ConsulterType consulterType,
		@Nullable String consulterName, @Nullable String consulterOrganisation, @Nullable String municipalityCode,
		@Nullable String regionName, ChildLink childLink, @Nullable UUID childId, Set<ConsultationTopic> topics,
		String content, @Nullable String answer, @Nullable String nextStep) {
}

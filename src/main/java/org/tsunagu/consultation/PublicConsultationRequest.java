package org.tsunagu.consultation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A consultation asked for through the public web form (no login).
 *
 * @param relation who is asking (本人, 家族, 事業所, …)
 * @param name the sender's name, if given
 * @param organisation the sender's organisation, if any
 * @param phone a phone number to call back
 * @param email an e-mail address to answer to; at least one of phone and e-mail is given
 * @param municipalityCode the 市町村, when known; the 圏域 follows from it
 * @param regionName the 圏域, when the municipality is not given
 * @param topics at least one topic
 * @param content what the sender asks
 * @param consentToContact the sender agrees to be contacted
 */
public record PublicConsultationRequest(ConsulterType relation, @Nullable String name, @Nullable String organisation,
		@Nullable String phone, @Nullable String email, @Nullable String municipalityCode, @Nullable String regionName,
		Set<ConsultationTopic> topics, String content, boolean consentToContact) {
}

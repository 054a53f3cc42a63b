package org.tsunagu.institution;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One contact with an institution as staff record it (連携記録).
 *
 * @param contactedOn the day of the contact
 * @param channel how
 * @param staffName who at the center
 * @param counterpartName who at the institution
 * @param subject 件名
 * @param content what was said or agreed
 * @param followUp what is still to be done, if anything
 * @param followUpDue by when; only with a follow-up
 * @param childId the child in the registry it was about, by id
 * @param consultationId the consultation it belongs to, by id
 */
public record LiaisonInput(LocalDate contactedOn, LiaisonChannel channel, String staffName,
		@Nullable String counterpartName, String subject, String content, @Nullable String followUp,
		@Nullable LocalDate followUpDue, @Nullable UUID childId, @Nullable UUID consultationId) {
}

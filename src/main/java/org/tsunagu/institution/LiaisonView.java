package org.tsunagu.institution;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the liaison log as staff see it. Fields as in {@link LiaisonInput}, plus the institution and
 * the follow-up's state.
 *
 * @param id the entry's id
 * @param version the version a change must name
 * @param institutionId the institution
 * @param institutionName its name
 * @param regionName its 圏域
 * @param contactedOn the day of the contact
 * @param channel how
 * @param staffName who at the center
 * @param counterpartName who at the institution
 * @param subject 件名
 * @param content what was said
 * @param followUp what is still to be done
 * @param followUpDue by when
 * @param followUpDoneOn when the follow-up was done
 * @param overdue whether an open follow-up is past its due date (JST)
 * @param childId the linked child
 * @param consultationId the linked consultation
 */
public record LiaisonView(UUID id, long version, UUID institutionId, String institutionName, String regionName,
		LocalDate contactedOn, LiaisonChannel channel, String staffName, @Nullable String counterpartName,
		String subject, String content, @Nullable String followUp, @Nullable LocalDate followUpDue,
		@Nullable LocalDate followUpDoneOn, boolean overdue, @Nullable UUID childId, @Nullable UUID consultationId) {

	/** Whether something is still to be done. */
	public boolean followUpOpen() {
		return followUp != null && followUpDoneOn == null;
	}
}

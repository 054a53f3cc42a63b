package org.tsunagu.council;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member (構成員) of a council for a term.
 *
 * @param id the membership's id
 * @param version for optimistic locking
 * @param personName who (for a 庁内 department: its contact person)
 * @param organisation the organisation or department
 * @param departmentId the 別表 department of a 庁内連携会議 member
 * @param field the field the member comes from
 * @param role 会長, 委員 …
 * @param termFrom first day of the term
 * @param termTo last day of the term, or null while open
 * @param contact phone or e-mail
 * @param current whether the member is a member today
 */
public record MemberView(UUID id, long version, String personName, String organisation, @Nullable UUID departmentId,
		MemberField field, MemberRole role, LocalDate termFrom, @Nullable LocalDate termTo, @Nullable String contact,
		boolean current) {
}

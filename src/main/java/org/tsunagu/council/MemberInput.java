package org.tsunagu.council;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What is entered for a new member.
 *
 * @param personName who
 * @param organisation the organisation (ignored when a department is given: its label is used)
 * @param departmentId a 別表 department, for the 庁内連携会議
 * @param field the field
 * @param role the role
 * @param termFrom first day of the term
 * @param termTo last day of the term, or null while open
 * @param contact phone or e-mail
 */
public record MemberInput(String personName, @Nullable String organisation, @Nullable UUID departmentId,
		MemberField field, MemberRole role, LocalDate termFrom, @Nullable LocalDate termTo, @Nullable String contact) {
}

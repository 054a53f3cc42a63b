package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.MemberField;
import org.tsunagu.council.MemberRole;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 構成員: one person's membership of a council for a term. A member who leaves is not deleted: the term
 * ends, so the list of any past day still shows who was a member then.
 */
@Entity
@Table(name = "council_members")
class CouncilMember extends AuditedEntity {

	@Column(name = "council_id", nullable = false)
	private UUID councilId = new UUID(0, 0);

	@Column(name = "person_name", nullable = false, length = 100)
	private String personName = "";

	@Column(nullable = false, length = 200)
	private String organisation = "";

	@Column(name = "department_id")
	private @Nullable UUID departmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MemberField field = MemberField.OTHER;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role", nullable = false, length = 20)
	private MemberRole role = MemberRole.MEMBER;

	@Column(name = "term_from", nullable = false)
	private LocalDate termFrom = LocalDate.MIN;

	@Column(name = "term_to")
	private @Nullable LocalDate termTo;

	@Column(length = 200)
	private @Nullable String contact;

	protected CouncilMember() {
	}

	CouncilMember(UUID councilId, String personName, String organisation, @Nullable UUID departmentId,
			MemberField field, MemberRole role, LocalDate termFrom, @Nullable LocalDate termTo,
			@Nullable String contact) {
		if (termTo != null && termTo.isBefore(termFrom)) {
			throw new IllegalArgumentException("A term cannot end before it starts");
		}
		this.councilId = councilId;
		this.personName = personName.strip();
		this.organisation = organisation.strip();
		this.departmentId = departmentId;
		this.field = field;
		this.role = role;
		this.termFrom = termFrom;
		this.termTo = termTo;
		this.contact = contact == null || contact.isBlank() ? null : contact.strip();
	}

	/** Whether the person was a member on the given day. */
	boolean isMemberOn(LocalDate day) {
		return !day.isBefore(termFrom) && (termTo == null || !day.isAfter(termTo));
	}

	/**
	 * Ends the term on its last day.
	 *
	 * @throws IllegalStateException when the term has already ended
	 * @throws IllegalArgumentException when the last day is before the term started
	 */
	void endTerm(LocalDate lastDay) {
		if (termTo != null) {
			throw new IllegalStateException("The term already ended on " + termTo);
		}
		if (lastDay.isBefore(termFrom)) {
			throw new IllegalArgumentException("A term cannot end before it starts");
		}
		this.termTo = lastDay;
	}

	/** A new contact person or contact; the term stays. */
	void changeContact(String personName, @Nullable String contact) {
		if (personName.isBlank()) {
			throw new IllegalArgumentException("A member needs a name");
		}
		this.personName = personName.strip();
		this.contact = contact == null || contact.isBlank() ? null : contact.strip();
	}

	UUID getCouncilId() {
		return councilId;
	}

	String getPersonName() {
		return personName;
	}

	String getOrganisation() {
		return organisation;
	}

	@Nullable UUID getDepartmentId() {
		return departmentId;
	}

	MemberField getField() {
		return field;
	}

	MemberRole getRole() {
		return role;
	}

	LocalDate getTermFrom() {
		return termFrom;
	}

	@Nullable LocalDate getTermTo() {
		return termTo;
	}

	@Nullable String getContact() {
		return contact;
	}
}

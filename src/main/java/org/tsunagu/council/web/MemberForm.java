package org.tsunagu.council.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.council.MemberField;
import org.tsunagu.council.MemberInput;
import org.tsunagu.council.MemberRole;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new member (screen and API body): person, organisation or 別表 department, field, role, term, contact.
 */
public class MemberForm {

	@NotBlank(message = "{council.member.personName.required}")
	@Size(max = 100, message = "{council.size100}")
	private String personName = "";

	@Size(max = 200, message = "{council.size200}")
	private @Nullable String organisation;

	private @Nullable UUID departmentId;

	@NotNull(message = "{council.member.field.required}")
	private @Nullable MemberField field;

	@NotNull(message = "{council.member.role.required}")
	private @Nullable MemberRole role = MemberRole.MEMBER;

	@NotNull(message = "{council.member.termFrom.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate termFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate termTo;

	@Size(max = 200, message = "{council.size200}")
	private @Nullable String contact;

	MemberInput toInput() {
		return new MemberInput(personName, organisation, departmentId, Objects.requireNonNull(field),
				Objects.requireNonNull(role), Objects.requireNonNull(termFrom), termTo, contact);
	}

	@AssertTrue(message = "{council.member.termOrder}")
	public boolean isTermOrdered() {
		return termFrom == null || termTo == null || !termTo.isBefore(termFrom);
	}

	@AssertTrue(message = "{council.member.organisation.required}")
	public boolean isOrganisationGiven() {
		return departmentId != null || organisation != null && !organisation.isBlank();
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public @Nullable String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable String organisation) {
		this.organisation = organisation;
	}

	public @Nullable UUID getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(@Nullable UUID departmentId) {
		this.departmentId = departmentId;
	}

	public @Nullable MemberField getField() {
		return field;
	}

	public void setField(@Nullable MemberField field) {
		this.field = field;
	}

	public @Nullable MemberRole getRole() {
		return role;
	}

	public void setRole(@Nullable MemberRole role) {
		this.role = role;
	}

	public @Nullable LocalDate getTermFrom() {
		return termFrom;
	}

	public void setTermFrom(@Nullable LocalDate termFrom) {
		this.termFrom = termFrom;
	}

	public @Nullable LocalDate getTermTo() {
		return termTo;
	}

	public void setTermTo(@Nullable LocalDate termTo) {
		this.termTo = termTo;
	}

	public @Nullable String getContact() {
		return contact;
	}

	public void setContact(@Nullable String contact) {
		this.contact = contact;
	}
}

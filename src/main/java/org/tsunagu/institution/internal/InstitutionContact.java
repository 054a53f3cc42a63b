package org.tsunagu.institution.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.ContactInput;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person to contact at an institution, with their work phone and mail.
 */
@Entity
@Table(name = "institution_contacts")
class InstitutionContact {

	@Id
	private UUID id = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "institution_id")
	private @Nullable Institution institution;

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(length = 100)
	private @Nullable String role;

	@Column(length = 20)
	private @Nullable String phone;

	@Column(length = 200)
	private @Nullable String email;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected InstitutionContact() {
	}

	InstitutionContact(Institution institution, ContactInput input, int sortOrder) {
		this.institution = institution;
		this.name = input.name();
		this.role = input.role();
		this.phone = input.phone();
		this.email = input.email();
		this.sortOrder = sortOrder;
	}

	ContactInput toInput() {
		return new ContactInput(name, role, phone, email);
	}

	int getSortOrder() {
		return sortOrder;
	}
}

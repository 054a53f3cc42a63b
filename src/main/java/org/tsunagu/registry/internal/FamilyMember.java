package org.tsunagu.registry.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A guardian or other family member of a child, with how to reach them. Part of the child's record: it is
 * changed, versioned and audited with the child.
 */
@Entity
@Table(name = "registry_family_members")
class FamilyMember {

	@Id
	private UUID id = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "child_id")
	private @Nullable Child child;

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(length = 200)
	private @Nullable String kana;

	@Column(nullable = false, length = 30)
	private String relationship = "";

	@Column(length = 20)
	private @Nullable String phone;

	@Column(length = 200)
	private @Nullable String email;

	@Column(name = "primary_contact", nullable = false)
	private boolean primaryContact;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected FamilyMember() {
	}

	FamilyMember(String name, @Nullable String kana, String relationship, @Nullable String phone,
			@Nullable String email, boolean primaryContact, int sortOrder) {
		this.name = name;
		this.kana = kana;
		this.relationship = relationship;
		this.phone = phone;
		this.email = email;
		this.primaryContact = primaryContact;
		this.sortOrder = sortOrder;
	}

	void belongTo(Child child) {
		this.child = child;
	}

	/** Whether both name the same person with the same phone number. */
	boolean sameContactAs(FamilyMember other) {
		return name.equals(other.name) && java.util.Objects.equals(phone, other.phone);
	}

	String getName() {
		return name;
	}

	@Nullable
	String getKana() {
		return kana;
	}

	String getRelationship() {
		return relationship;
	}

	@Nullable
	String getPhone() {
		return phone;
	}

	@Nullable
	String getEmail() {
		return email;
	}

	boolean isPrimaryContact() {
		return primaryContact;
	}
}

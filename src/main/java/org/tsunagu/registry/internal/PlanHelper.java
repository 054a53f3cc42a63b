package org.tsunagu.registry.internal;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One 避難支援等実施者 of a disaster plan, stored in the plan's helper table.
 */
@Embeddable
class PlanHelper {

	@Column(nullable = false, length = 100)
	private String name = "";

	@Column(length = 50)
	private @Nullable String relation;

	@Column(length = 20)
	private @Nullable String phone;

	protected PlanHelper() {
	}

	PlanHelper(String name, @Nullable String relation, @Nullable String phone) {
		this.name = name;
		this.relation = relation;
		this.phone = phone;
	}

	String getName() {
		return name;
	}

	@Nullable
	String getRelation() {
		return relation;
	}

	@Nullable
	String getPhone() {
		return phone;
	}
}

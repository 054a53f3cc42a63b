package org.tsunagu.registry.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.KanaText;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One row of the family table on the child form; a row without a name is ignored.
 */
public class FamilyRow {

	@Size(max = 100, message = "{registry.family.name.size}")
	private String name = "";

	@Pattern(regexp = "[ァ-ヺー・ 　]*", message = "{registry.kana.pattern}")
	private String kana = "";

	@Size(max = 30, message = "{registry.family.relationship.size}")
	private String relationship = "";

	@Pattern(regexp = "[0-9０-９()（）\\-－ー ]*", message = "{registry.family.phone.pattern}")
	@Size(max = 20, message = "{registry.family.phone.pattern}")
	private String phone = "";

	@Email(message = "{registry.family.email.invalid}")
	@Size(max = 200, message = "{registry.family.email.invalid}")
	private String email = "";

	boolean isEmpty() {
		return name.isBlank();
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name.strip();
	}

	public String getKana() {
		return kana;
	}

	public void setKana(@Nullable String kana) {
		this.kana = kana == null ? "" : KanaText.toKatakana(kana);
	}

	public String getRelationship() {
		return relationship;
	}

	public void setRelationship(@Nullable String relationship) {
		this.relationship = relationship == null ? "" : relationship.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone == null ? "" : phone.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null ? "" : email.strip();
	}
}

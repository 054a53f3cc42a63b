package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The emergency search: the full フリガナ and the birth date, all required, so that nobody can browse children
 * of another 圏域 by a part of a name.
 */
public class EmergencyAccessSearchForm {

	@NotBlank(message = "{registry.emergencyAccess.familyNameKana.required}")
	@Size(max = 50, message = "{registry.emergencyAccess.kana.size}")
	private String familyNameKana = "";

	@NotBlank(message = "{registry.emergencyAccess.givenNameKana.required}")
	@Size(max = 50, message = "{registry.emergencyAccess.kana.size}")
	private String givenNameKana = "";

	@NotNull(message = "{registry.emergencyAccess.birthDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate birthDate;

	public String getFamilyNameKana() {
		return familyNameKana;
	}

	public void setFamilyNameKana(String familyNameKana) {
		this.familyNameKana = familyNameKana;
	}

	public String getGivenNameKana() {
		return givenNameKana;
	}

	public void setGivenNameKana(String givenNameKana) {
		this.givenNameKana = givenNameKana;
	}

	public @Nullable LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(@Nullable LocalDate birthDate) {
		this.birthDate = birthDate;
	}
}

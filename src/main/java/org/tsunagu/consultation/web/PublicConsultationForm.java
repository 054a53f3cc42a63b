package org.tsunagu.consultation.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.consultation.PublicConsultationRequest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public consultation form. {@code website} is a trap for scripts: people do not see it and leave it
 * empty, a bot that fills every field gives itself away.
 */
public class PublicConsultationForm {

	@Size(max = 100, message = "{consultation.public.name.size}")
	private String name = "";

	@NotNull(message = "{consultation.public.relation.required}")
	private @Nullable ConsulterType relation;

	@Size(max = 200, message = "{consultation.public.organisation.size}")
	private String organisation = "";

	@Pattern(regexp = "^$|^[0-9０-９+＋()（）\\-－ー ]{10,20}$", message = "{consultation.public.phone.pattern}")
	private String phone = "";

	@Email(message = "{consultation.public.email.pattern}")
	@Size(max = 254, message = "{consultation.public.email.pattern}")
	private String email = "";

	private String municipalityCode = "";

	private String regionName = "";

	@NotEmpty(message = "{consultation.public.topics.required}")
	private List<ConsultationTopic> topics = new ArrayList<>();

	@NotBlank(message = "{consultation.public.content.required}")
	@Size(max = 4000, message = "{consultation.public.content.size}")
	private String content = "";

	@AssertTrue(message = "{consultation.public.consent.required}")
	private boolean consent;

	private String website = "";

	PublicConsultationRequest toRequest() {
		return new PublicConsultationRequest(relation, name, organisation, phone, email, municipalityCode, regionName,
				EnumSet.copyOf(topics), content, consent);
	}

	/** A phone number or an e-mail address, so the center can answer. */
	@AssertTrue(message = "{consultation.public.contact.required}")
	public boolean isContactGiven() {
		return !phone.isBlank() || !email.isBlank();
	}

	@AssertTrue(message = "{consultation.public.place.required}")
	public boolean isPlaceGiven() {
		return !municipalityCode.isBlank() || !regionName.isBlank();
	}

	boolean isTrapFilled() {
		return !website.isBlank();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable ConsulterType getRelation() {
		return relation;
	}

	public void setRelation(@Nullable ConsulterType relation) {
		this.relation = relation;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public List<ConsultationTopic> getTopics() {
		return topics;
	}

	public void setTopics(List<ConsultationTopic> topics) {
		this.topics = topics;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}
}

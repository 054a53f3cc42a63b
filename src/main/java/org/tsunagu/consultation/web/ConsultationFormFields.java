package org.tsunagu.consultation.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationDetails;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The optional fields of the intake form — consulter, place, child, answer, next step — kept apart so the
 * form class stays readable.
 */
public abstract class ConsultationFormFields {

	private long version;

	@Size(max = 100, message = "{consultation.name.size}")
	private String consulterName = "";

	@Size(max = 200, message = "{consultation.organisation.size}")
	private String consulterOrganisation = "";

	private String regionName = "";

	private String municipalityCode = "";

	@NotNull(message = "{consultation.childLink.required}")
	private ChildLink childLink = ChildLink.UNKNOWN;

	private @Nullable UUID childId;

	@Size(max = 4000, message = "{consultation.text.size}")
	private String answer = "";

	@Size(max = 1000, message = "{consultation.nextStep.size}")
	private String nextStep = "";

	void copyFields(ConsultationDetails details) {
		consulterName = orEmpty(details.consulterName());
		consulterOrganisation = orEmpty(details.consulterOrganisation());
		regionName = details.regionName();
		municipalityCode = orEmpty(details.municipalityCode());
		childLink = details.childLink();
		childId = details.childId();
		answer = orEmpty(details.answer());
		nextStep = orEmpty(details.nextStep());
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getConsulterName() {
		return consulterName;
	}

	public void setConsulterName(String consulterName) {
		this.consulterName = consulterName;
	}

	public String getConsulterOrganisation() {
		return consulterOrganisation;
	}

	public void setConsulterOrganisation(String consulterOrganisation) {
		this.consulterOrganisation = consulterOrganisation;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public String getMunicipalityCode() {
		return municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public ChildLink getChildLink() {
		return childLink;
	}

	public void setChildLink(ChildLink childLink) {
		this.childLink = childLink;
	}

	public @Nullable UUID getChildId() {
		return childId;
	}

	public void setChildId(@Nullable UUID childId) {
		this.childId = childId;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getNextStep() {
		return nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}
}

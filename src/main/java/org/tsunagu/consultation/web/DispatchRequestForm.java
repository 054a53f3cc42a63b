package org.tsunagu.consultation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.DispatchRequest;

/**
 * A supervisor dispatch request from an institution.
 */
public class DispatchRequestForm {

	@NotNull(message = "{consultation.dispatch.requestedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate requestedOn;

	@NotBlank(message = "{consultation.dispatch.organisation.required}")
	@Size(max = 200, message = "{consultation.organisation.size}")
	private String requesterOrganisation = "";

	@NotBlank(message = "{consultation.dispatch.requester.required}")
	@Size(max = 100, message = "{consultation.name.size}")
	private String requesterName = "";

	@NotBlank(message = "{consultation.dispatch.place.required}")
	@Size(max = 200, message = "{consultation.dispatch.place.size}")
	private String place = "";

	@NotBlank(message = "{consultation.dispatch.region.required}")
	private String regionName = "";

	private @Nullable UUID childId;

	@NotBlank(message = "{consultation.dispatch.topic.required}")
	@Size(max = 2000, message = "{consultation.referral.reason.size}")
	private String topic = "";

	@NotBlank(message = "{consultation.dispatch.wantedDates.required}")
	@Size(max = 200, message = "{consultation.dispatch.place.size}")
	private String wantedDates = "";

	public @Nullable LocalDate getRequestedOn() {
		return requestedOn;
	}

	public void setRequestedOn(@Nullable LocalDate requestedOn) {
		this.requestedOn = requestedOn;
	}

	public String getRequesterOrganisation() {
		return requesterOrganisation;
	}

	public void setRequesterOrganisation(String requesterOrganisation) {
		this.requesterOrganisation = requesterOrganisation;
	}

	public String getRequesterName() {
		return requesterName;
	}

	public void setRequesterName(String requesterName) {
		this.requesterName = requesterName;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public @Nullable UUID getChildId() {
		return childId;
	}

	public void setChildId(@Nullable UUID childId) {
		this.childId = childId;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getWantedDates() {
		return wantedDates;
	}

	public void setWantedDates(String wantedDates) {
		this.wantedDates = wantedDates;
	}

	DispatchRequest toRequest() {
		return new DispatchRequest(requestedOn, requesterOrganisation, requesterName, place, regionName, childId, topic,
				wantedDates);
	}
}

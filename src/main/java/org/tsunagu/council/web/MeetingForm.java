package org.tsunagu.council.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.council.MeetingDetails;
import org.tsunagu.council.MeetingInput;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Scheduling a meeting (screen and API body): day, time, place or online link.
 */
public class MeetingForm {

	private long version;

	@NotBlank(message = "{council.meeting.title.required}")
	@Size(max = 200, message = "{council.size200}")
	private String title = "";

	@NotNull(message = "{council.meeting.heldOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;

	@NotNull(message = "{council.meeting.startsAt.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime startsAt;

	@NotNull(message = "{council.meeting.endsAt.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime endsAt;

	@Size(max = 200, message = "{council.size200}")
	private @Nullable String place;

	@Size(max = 300, message = "{council.size300}")
	@Pattern(regexp = "(https://\\S+)?", message = "{council.meeting.onlineUrl.pattern}")
	private @Nullable String onlineUrl;

	static MeetingForm of(MeetingDetails meeting) {
		MeetingForm form = new MeetingForm();
		form.version = meeting.version();
		form.title = meeting.title();
		form.heldOn = meeting.heldOn();
		form.startsAt = meeting.startsAt();
		form.endsAt = meeting.endsAt();
		form.place = meeting.place();
		form.onlineUrl = meeting.onlineUrl();
		return form;
	}

	MeetingInput toInput() {
		return new MeetingInput(title, java.util.Objects.requireNonNull(heldOn),
				java.util.Objects.requireNonNull(startsAt), java.util.Objects.requireNonNull(endsAt), place, onlineUrl);
	}

	@AssertTrue(message = "{council.meeting.timeOrder}")
	public boolean isTimeOrdered() {
		return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
	}

	@AssertTrue(message = "{council.meeting.placeRequired}")
	public boolean isPlaceGiven() {
		return place != null && !place.isBlank() || onlineUrl != null && !onlineUrl.isBlank();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable LocalDate getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public @Nullable LocalTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(@Nullable LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public @Nullable LocalTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(@Nullable LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public @Nullable String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public @Nullable String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(@Nullable String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}
}

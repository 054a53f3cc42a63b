package org.tsunagu.institution.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.institution.LiaisonChannel;
import org.tsunagu.institution.LiaisonInput;
import org.tsunagu.institution.LiaisonView;
import org.tsunagu.shared.JapaneseDates;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The liaison form (screen and API body), carrying the version it was read at.
 */
public class LiaisonForm {

	static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|";

	private long version = 0;

	@NotNull(message = "{institution.liaison.contactedOn.required}")
	@PastOrPresent(message = "{institution.liaison.contactedOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate contactedOn;

	@NotNull(message = "{institution.liaison.channel.required}")
	private @Nullable LiaisonChannel channel;

	@NotBlank(message = "{institution.liaison.staffName.required}")
	@Size(max = 100, message = "{institution.liaison.name.size}")
	private String staffName = "";

	@Size(max = 100, message = "{institution.liaison.name.size}")
	private @Nullable String counterpartName;

	@NotBlank(message = "{institution.liaison.subject.required}")
	@Size(max = 200, message = "{institution.liaison.subject.size}")
	private String subject = "";

	@NotBlank(message = "{institution.liaison.content.required}")
	@Size(max = 4000, message = "{institution.liaison.content.size}")
	private String content = "";

	@Size(max = 1000, message = "{institution.liaison.followUp.size}")
	private @Nullable String followUp;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate followUpDue;

	@Pattern(regexp = UUID_PATTERN, message = "{institution.liaison.id.pattern}")
	private @Nullable String childId;

	@Pattern(regexp = UUID_PATTERN, message = "{institution.liaison.id.pattern}")
	private @Nullable String consultationId;

	/** A new entry for today, by the logged-in user. */
	static LiaisonForm blank() {
		LiaisonForm form = new LiaisonForm();
		form.contactedOn = JapaneseDates.today();
		form.staffName = CurrentUsers.require().displayName();
		return form;
	}

	static LiaisonForm of(LiaisonView view) {
		LiaisonForm form = new LiaisonForm();
		form.version = view.version();
		form.contactedOn = view.contactedOn();
		form.channel = view.channel();
		form.staffName = view.staffName();
		form.counterpartName = view.counterpartName();
		form.subject = view.subject();
		form.content = view.content();
		form.followUp = view.followUp();
		form.followUpDue = view.followUpDue();
		form.childId = view.childId() == null ? null : view.childId().toString();
		form.consultationId = view.consultationId() == null ? null : view.consultationId().toString();
		return form;
	}

	/** Only for a valid form. */
	LiaisonInput toInput() {
		return new LiaisonInput(java.util.Objects.requireNonNull(contactedOn),
				java.util.Objects.requireNonNull(channel), staffName, counterpartName, subject, content, followUp,
				followUpDue, uuid(childId), uuid(consultationId));
	}

	@AssertTrue(message = "{institution.liaison.followUpDue.withoutFollowUp}")
	public boolean isDueOnlyWithFollowUp() {
		return followUpDue == null || (followUp != null && !followUp.isBlank());
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable LocalDate getContactedOn() {
		return contactedOn;
	}

	public void setContactedOn(@Nullable LocalDate contactedOn) {
		this.contactedOn = contactedOn;
	}

	public @Nullable LiaisonChannel getChannel() {
		return channel;
	}

	public void setChannel(@Nullable LiaisonChannel channel) {
		this.channel = channel;
	}

	public String getStaffName() {
		return staffName;
	}

	public void setStaffName(String staffName) {
		this.staffName = staffName;
	}

	public @Nullable String getCounterpartName() {
		return counterpartName;
	}

	public void setCounterpartName(@Nullable String counterpartName) {
		this.counterpartName = counterpartName;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public @Nullable String getFollowUp() {
		return followUp;
	}

	public void setFollowUp(@Nullable String followUp) {
		this.followUp = followUp;
	}

	public @Nullable LocalDate getFollowUpDue() {
		return followUpDue;
	}

	public void setFollowUpDue(@Nullable LocalDate followUpDue) {
		this.followUpDue = followUpDue;
	}

	public @Nullable String getChildId() {
		return childId;
	}

	public void setChildId(@Nullable String childId) {
		this.childId = childId;
	}

	public @Nullable String getConsultationId() {
		return consultationId;
	}

	public void setConsultationId(@Nullable String consultationId) {
		this.consultationId = consultationId;
	}
}

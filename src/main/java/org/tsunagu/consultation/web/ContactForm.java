package org.tsunagu.consultation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ContactInput;

/**
 * A contact (対応記録) for a case's timeline: day, channel, with whom, what, and optionally a new next-contact date.
 */
public class ContactForm {

	@NotNull(message = "{consultation.case.contact.occurredOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate occurredOn;

	@NotNull(message = "{consultation.channel.required}")
	private @Nullable ConsultationChannel channel = ConsultationChannel.PHONE;

	@NotBlank(message = "{consultation.case.contact.counterpart.required}")
	@Size(max = 200, message = "{consultation.case.contact.counterpart.size}")
	private String counterpart = "";

	@NotBlank(message = "{consultation.case.contact.content.required}")
	@Size(max = 4000, message = "{consultation.text.size}")
	private String content = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextContactDue;

	public @Nullable LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(@Nullable LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public @Nullable ConsultationChannel getChannel() {
		return channel;
	}

	public void setChannel(@Nullable ConsultationChannel channel) {
		this.channel = channel;
	}

	public String getCounterpart() {
		return counterpart;
	}

	public void setCounterpart(String counterpart) {
		this.counterpart = counterpart;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public @Nullable LocalDate getNextContactDue() {
		return nextContactDue;
	}

	public void setNextContactDue(@Nullable LocalDate nextContactDue) {
		this.nextContactDue = nextContactDue;
	}

	ContactInput toInput() {
		return new ContactInput(occurredOn, channel, counterpart, content, nextContactDue);
	}
}

package org.tsunagu.consultation.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationDetails;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.shared.JapaneseDates;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The intake form, made for a phone call in progress: the time is prefilled with now (JST) and only the
 * channel, consulter, place, topics and content are required. Carries the version it was read at.
 */
public class ConsultationForm extends ConsultationFormFields {

	@NotNull(message = "{consultation.receivedAt.required}")
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private @Nullable LocalDateTime receivedAt;

	@NotNull(message = "{consultation.channel.required}")
	private @Nullable ConsultationChannel channel;

	@NotNull(message = "{consultation.consulterType.required}")
	private @Nullable ConsulterType consulterType;

	@NotEmpty(message = "{consultation.topics.required}")
	private List<ConsultationTopic> topics = new ArrayList<>();

	@NotBlank(message = "{consultation.content.required}")
	@Size(max = 4000, message = "{consultation.text.size}")
	private String content = "";

	/** A new intake: now, by phone, about a child not (yet) identified. */
	static ConsultationForm forNewCall(@Nullable UUID childId) {
		ConsultationForm form = new ConsultationForm();
		form.receivedAt = LocalDateTime.now(JapaneseDates.JST).withSecond(0).withNano(0);
		form.channel = ConsultationChannel.PHONE;
		form.setChildLink(childId == null ? ChildLink.UNKNOWN : ChildLink.LINKED);
		form.setChildId(childId);
		return form;
	}

	static ConsultationForm of(ConsultationDetails details) {
		ConsultationForm form = new ConsultationForm();
		form.setVersion(details.version());
		form.receivedAt = LocalDateTime.ofInstant(details.receivedAt(), JapaneseDates.JST);
		form.channel = details.channel();
		form.consulterType = details.consulterType();
		form.topics = new ArrayList<>(details.topics());
		form.content = details.content();
		form.copyFields(details);
		return form;
	}

	ConsultationInput toInput() {
		return new ConsultationInput(receivedAt.atZone(JapaneseDates.JST).toInstant(), channel, consulterType,
				getConsulterName(), getConsulterOrganisation(), getMunicipalityCode(), getRegionName(), getChildLink(),
				getChildLink() == ChildLink.LINKED ? getChildId() : null, EnumSet.copyOf(topics), content, getAnswer(),
				getNextStep());
	}

	@AssertTrue(message = "{consultation.place.required}")
	public boolean isPlaceGiven() {
		return !getMunicipalityCode().isBlank() || !getRegionName().isBlank();
	}

	@AssertTrue(message = "{consultation.childId.required}")
	public boolean isChildGivenWhenLinked() {
		return getChildLink() != ChildLink.LINKED || getChildId() != null;
	}

	public @Nullable LocalDateTime getReceivedAt() {
		return receivedAt;
	}

	public void setReceivedAt(@Nullable LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public @Nullable ConsultationChannel getChannel() {
		return channel;
	}

	public void setChannel(@Nullable ConsultationChannel channel) {
		this.channel = channel;
	}

	public @Nullable ConsulterType getConsulterType() {
		return consulterType;
	}

	public void setConsulterType(@Nullable ConsulterType consulterType) {
		this.consulterType = consulterType;
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
}

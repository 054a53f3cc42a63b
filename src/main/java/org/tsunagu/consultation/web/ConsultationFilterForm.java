package org.tsunagu.consultation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationFilter;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;

/**
 * The list's filters as request parameters (short names, so a filtered list can be bookmarked).
 */
public class ConsultationFilterForm {

	private @Nullable String q;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	private @Nullable String region;

	private @Nullable ConsultationChannel channel;

	private @Nullable ConsultationTopic topic;

	private @Nullable ConsultationStatus status;

	ConsultationFilter toFilter() {
		return new ConsultationFilter(q, from, to, region, channel, topic, status);
	}

	public @Nullable String getQ() {
		return q;
	}

	public void setQ(@Nullable String q) {
		this.q = q;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	public @Nullable ConsultationChannel getChannel() {
		return channel;
	}

	public void setChannel(@Nullable ConsultationChannel channel) {
		this.channel = channel;
	}

	public @Nullable ConsultationTopic getTopic() {
		return topic;
	}

	public void setTopic(@Nullable ConsultationTopic topic) {
		this.topic = topic;
	}

	public @Nullable ConsultationStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable ConsultationStatus status) {
		this.status = status;
	}
}

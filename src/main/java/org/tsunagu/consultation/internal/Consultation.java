package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.KanaText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A consultation received by the center (相談受付). It guards its own rules: at least one topic, some content,
 * a child id exactly when the child is linked, and no closing twice.
 */
@Entity
@Table(name = "consultation_consultations")
class Consultation extends AuditedEntity {

	static final int TEXT_MAX = 4000;

	static final int NEXT_STEP_MAX = 1000;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ConsultationChannel channel = ConsultationChannel.OTHER;

	@Enumerated(EnumType.STRING)
	@Column(name = "consulter_type", nullable = false, length = 20)
	private ConsulterType consulterType = ConsulterType.OTHER;

	@Column(name = "consulter_name", length = 100)
	private @Nullable String consulterName;

	@Column(name = "consulter_organisation", length = 200)
	private @Nullable String consulterOrganisation;

	@Column(name = "municipality_code", length = 6)
	private @Nullable String municipalityCode;

	@Column(name = "region_name", nullable = false, length = 50)
	private String regionName = "";

	@Column(name = "child_id")
	private @Nullable UUID childId;

	@Enumerated(EnumType.STRING)
	@Column(name = "child_link", nullable = false, length = 20)
	private ChildLink childLink = ChildLink.UNKNOWN;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consultation_consultation_topics", joinColumns = @JoinColumn(name = "consultation_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "topic", nullable = false, length = 30)
	private Set<ConsultationTopic> topics = EnumSet.noneOf(ConsultationTopic.class);

	@Column(nullable = false, length = TEXT_MAX)
	private String content = "";

	@Column(length = TEXT_MAX)
	private @Nullable String answer;

	@Column(name = "next_step", length = NEXT_STEP_MAX)
	private @Nullable String nextStep;

	/** Content, answer and consulter folded (hiragana, NFKC) for a simple LIKE search until full-text search. */
	@Column(name = "search_text", nullable = false, length = 10000)
	private String searchText = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ConsultationStatus status = ConsultationStatus.RECEIVED;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy = "";

	@Column(name = "anonymised_at")
	private @Nullable Instant anonymisedAt;

	protected Consultation() {
	}

	Consultation(ConsultationInput input, String regionName, String recordedBy) {
		this.recordedBy = recordedBy;
		apply(input, regionName);
	}

	/** A consultation sent through the public web form: 未対応 until a staff member takes it up. */
	static Consultation fromWebForm(ConsultationInput input, String regionName, String recordedBy) {
		Consultation consultation = new Consultation(input, regionName, recordedBy);
		consultation.status = ConsultationStatus.UNANSWERED;
		return consultation;
	}

	/** Replaces what was recorded; who took the call stays, and a 未対応 one is taken up (受付). */
	void apply(ConsultationInput input, String regionName) {
		check(input);
		if (status == ConsultationStatus.UNANSWERED) {
			status = ConsultationStatus.RECEIVED;
		}
		this.receivedAt = input.receivedAt();
		this.channel = input.channel();
		this.consulterType = input.consulterType();
		this.consulterName = blankToNull(input.consulterName());
		this.consulterOrganisation = blankToNull(input.consulterOrganisation());
		this.municipalityCode = blankToNull(input.municipalityCode());
		this.regionName = regionName;
		this.childLink = input.childLink();
		this.childId = input.childId();
		this.topics = EnumSet.copyOf(input.topics());
		this.content = input.content().strip();
		this.answer = blankToNull(input.answer());
		this.nextStep = blankToNull(input.nextStep());
		this.searchText = searchKey();
	}

	/**
	 * Marks the consultation as answered.
	 *
	 * @throws IllegalStateException when it is already closed
	 */
	void close() {
		if (status == ConsultationStatus.CLOSED) {
			throw new IllegalStateException("Consultation " + getId() + " is already " + status);
		}
		status = ConsultationStatus.CLOSED;
	}

	/**
	 * Clears who asked and the free texts once the retention period is over; channel, topics, 圏域, municipality,
	 * the child link and the dates stay, so the statistics count the consultation as before.
	 *
	 * @throws IllegalStateException when it is already anonymised
	 */
	void anonymise(Instant now) {
		if (anonymisedAt != null) {
			throw new IllegalStateException("Consultation " + getId() + " is already anonymised");
		}
		consulterName = null;
		consulterOrganisation = null;
		content = ConsultationCase.ANONYMISED;
		answer = null;
		nextStep = null;
		searchText = "";
		anonymisedAt = now;
	}

	private static void check(ConsultationInput input) {
		if (input.topics() == null || input.topics().isEmpty()) {
			throw new IllegalArgumentException("A consultation needs at least one topic");
		}
		if (input.content() == null || input.content().isBlank()) {
			throw new IllegalArgumentException("A consultation needs its content");
		}
		if ((input.childLink() == ChildLink.LINKED) != (input.childId() != null)) {
			throw new IllegalArgumentException("A child id is given exactly when the child is linked");
		}
	}

	private String searchKey() {
		String joined = Stream.of(content, answer, consulterName, consulterOrganisation)
			.filter(java.util.Objects::nonNull)
			.map(KanaText::searchKey)
			.collect(Collectors.joining("\n"));
		return joined.length() > 10000 ? joined.substring(0, 10000) : joined;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	ConsultationChannel getChannel() {
		return channel;
	}

	ConsulterType getConsulterType() {
		return consulterType;
	}

	@Nullable String getConsulterName() {
		return consulterName;
	}

	@Nullable String getConsulterOrganisation() {
		return consulterOrganisation;
	}

	@Nullable String getMunicipalityCode() {
		return municipalityCode;
	}

	String getRegionName() {
		return regionName;
	}

	@Nullable UUID getChildId() {
		return childId;
	}

	ChildLink getChildLink() {
		return childLink;
	}

	Set<ConsultationTopic> getTopics() {
		// EnumSet keeps the declared order, so topics read the same on every screen
		return topics.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(topics));
	}

	String getContent() {
		return content;
	}

	@Nullable String getAnswer() {
		return answer;
	}

	@Nullable String getNextStep() {
		return nextStep;
	}

	ConsultationStatus getStatus() {
		return status;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	@Nullable Instant getAnonymisedAt() {
		return anonymisedAt;
	}
}

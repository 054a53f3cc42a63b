package org.tsunagu.council.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilTopic;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * 会議体: a council of the 実施要綱 with the 会議事項 its agenda items are tagged with. Created from the
 * prefecture's reference data at start, so another prefecture configures its own.
 */
@Entity
@Table(name = "council_councils")
class Council extends AuditedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CouncilKind kind = CouncilKind.PREFECTURE;

	@Column(nullable = false, length = 200)
	private String name = "";

	@Column(name = "region_name", length = 50)
	private @Nullable String regionName;

	@Column(nullable = false, length = 200)
	private String holder = "";

	@Column(name = "support_council_section", nullable = false)
	private boolean supportCouncilSection;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "council_topics", joinColumns = @JoinColumn(name = "council_id"))
	@OrderBy("sortOrder")
	private List<Topic> topics = new ArrayList<>();

	protected Council() {
	}

	Council(CouncilKind kind, String name, @Nullable String regionName, String holder, int sortOrder,
			List<CouncilTopic> topics) {
		if (kind == CouncilKind.REGION && (regionName == null || regionName.isBlank())) {
			throw new IllegalArgumentException("A 圏域会議 needs its 圏域");
		}
		this.kind = kind;
		this.name = name;
		this.regionName = kind == CouncilKind.REGION ? regionName : null;
		this.holder = holder;
		this.sortOrder = sortOrder;
		for (int i = 0; i < topics.size(); i++) {
			this.topics.add(new Topic(topics.get(i).code(), topics.get(i).label(), i + 1));
		}
	}

	/** Changes who holds the council and whether it is a 部会 of the 自立支援協議会 (圏域会議 only). */
	void changeSettings(String holder, boolean supportCouncilSection) {
		if (holder.isBlank()) {
			throw new IllegalArgumentException("A council needs a holder");
		}
		this.holder = holder.strip();
		this.supportCouncilSection = kind == CouncilKind.REGION && supportCouncilSection;
	}

	/** Whether the code is one of this council's 会議事項. */
	boolean hasTopic(String code) {
		return topics.stream().anyMatch(topic -> topic.code.equals(code));
	}

	List<CouncilTopic> getTopics() {
		return topics.stream().map(topic -> new CouncilTopic(topic.code, topic.label)).toList();
	}

	String topicLabel(String code) {
		return topics.stream().filter(t -> t.code.equals(code)).map(t -> t.label).findFirst().orElse(code);
	}

	CouncilKind getKind() {
		return kind;
	}

	String getName() {
		return name;
	}

	@Nullable String getRegionName() {
		return regionName;
	}

	String getHolder() {
		return holder;
	}

	boolean isSupportCouncilSection() {
		return supportCouncilSection;
	}

	int getSortOrder() {
		return sortOrder;
	}

	List<Topic> topicRows() {
		return Collections.unmodifiableList(topics);
	}

	/** One 会議事項 row. */
	@Embeddable
	static class Topic {

		@Column(nullable = false, length = 10)
		private String code = "";

		@Column(nullable = false, length = 300)
		private String label = "";

		@Column(name = "sort_order", nullable = false)
		private int sortOrder;

		protected Topic() {
		}

		Topic(String code, String label, int sortOrder) {
			this.code = code;
			this.label = label;
			this.sortOrder = sortOrder;
		}
	}
}

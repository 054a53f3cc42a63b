package org.tsunagu.consultation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RetainedRecords;

import jakarta.persistence.EntityManager;

/**
 * Answered consultations (対応済み) that never became a case, past their retention period. A consultation is
 * answered when it is received (there is no later closing day), so the period starts on the day it was received;
 * a consultation with a case follows its case ({@link ClosedCaseRetention}). Disposal clears who asked, the
 * texts and the web form's contact details; channel, topics, 圏域 and dates stay for the statistics.
 */
@Component
class ConsultationRetention implements RetainedRecords {

	private final EntityManager entities;

	private final WebSubmissionRepository submissions;

	private final Clock clock;

	ConsultationRetention(EntityManager entities, WebSubmissionRepository submissions, Clock clock) {
		this.entities = entities;
		this.submissions = submissions;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "consultation";
	}

	@Override
	public String label() {
		return "対応済みの相談（ケースなし）";
	}

	@Override
	public String disposal() {
		return "匿名化（相談者・相談内容・回答・連絡先を消去し、件数は統計に残す）";
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueRecord> findDue(Instant cutoff) {
		return due(null, cutoff).stream()
			.map(consultation -> new DueRecord(consultation.getId(), summary(consultation),
					consultation.getReceivedAt().atZone(JapaneseDates.JST).toLocalDate()))
			.toList();
	}

	@Override
	@Transactional
	public Set<UUID> dispose(Collection<UUID> ids, Instant cutoff) {
		Set<UUID> disposed = new LinkedHashSet<>();
		if (ids.isEmpty()) {
			return disposed;
		}
		Instant now = clock.instant();
		for (Consultation consultation : due(ids, cutoff)) {
			anonymise(consultation.getId(), now);
			disposed.add(consultation.getId());
		}
		return disposed;
	}

	/** Anonymises one consultation (also the one a disposed case came from) and drops its web contact details. */
	void anonymise(UUID consultationId, Instant now) {
		Consultation consultation = entities.find(Consultation.class, consultationId);
		if (consultation == null || consultation.getAnonymisedAt() != null) {
			return;
		}
		consultation.anonymise(now);
		submissions.findByConsultationId(consultationId).ifPresent(submissions::delete);
	}

	private static String summary(Consultation consultation) {
		String who = consultation.getConsulterName() == null ? "" : "（" + consultation.getConsulterName() + "）";
		String content = consultation.getContent();
		return "【" + consultation.getRegionName() + "】" + (content.length() > 60 ? content.substring(0, 60) + "…" : content)
				+ who;
	}

	private List<Consultation> due(@Nullable Collection<UUID> ids, Instant cutoff) {
		String jpql = "select c from Consultation c where c.status = :closed and c.receivedAt < :cutoff"
				+ " and c.anonymisedAt is null and not exists (select k.id from ConsultationCase k where k.consultationId = c.id)"
				+ (ids == null ? "" : " and c.id in :ids") + " order by c.receivedAt";
		var query = entities.createQuery(jpql, Consultation.class)
			.setParameter("closed", ConsultationStatus.CLOSED)
			.setParameter("cutoff", RetainedRecords.cutoffDay(cutoff).atStartOfDay(JapaneseDates.JST).toInstant());
		if (ids != null) {
			query.setParameter("ids", ids);
		}
		return query.getResultList();
	}
}

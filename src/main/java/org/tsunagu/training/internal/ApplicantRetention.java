package org.tsunagu.training.internal;

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
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RetainedRecords;

import jakarta.persistence.EntityManager;

/**
 * Training applicants who did not complete a course (declined, cancelled, waitlisted, absent), past their retention
 * period counted from the day they applied. Completed applicants are not due: the 修了者名簿 must answer whether a
 * certificate is genuine for as long as the certificate is used. Disposal anonymises the application and, once
 * none of their applications keeps a name, the person.
 */
@Component
class ApplicantRetention implements RetainedRecords {

	private final EntityManager entities;

	private final Clock clock;

	ApplicantRetention(EntityManager entities, Clock clock) {
		this.entities = entities;
		this.clock = clock;
	}

	@Override
	public String type() {
		return "training-applicant";
	}

	@Override
	public String label() {
		return "研修の申込者（未修了）";
	}

	@Override
	public String disposal() {
		return "匿名化（氏名・かな・連絡先・自由記述を消去、生年月日は年月のみ。申込件数と出欠は統計に残す）";
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueRecord> findDue(Instant cutoff) {
		return due(null, cutoff).stream()
			.map(application -> new DueRecord(application.getId(),
					"【" + application.getRegionName() + "】" + application.getName() + "（" + application.getReferenceNumber()
							+ "・" + application.getStatus().name() + "）",
					application.getAppliedAt().atZone(JapaneseDates.JST).toLocalDate()))
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
		Set<UUID> people = new LinkedHashSet<>();
		for (TrainingApplication application : due(ids, cutoff)) {
			application.anonymise(now);
			people.add(application.getPersonId());
			disposed.add(application.getId());
		}
		entities.flush();
		for (UUID personId : people) {
			Long named = entities
				.createQuery("select count(a) from TrainingApplication a where a.personId = :person and a.anonymisedAt is null",
						Long.class)
				.setParameter("person", personId)
				.getSingleResult();
			Person person = entities.find(Person.class, personId);
			if (named == 0 && person != null) {
				person.anonymise(now);
			}
		}
		return disposed;
	}

	private List<TrainingApplication> due(@Nullable Collection<UUID> ids, Instant cutoff) {
		String jpql = "select a from TrainingApplication a where a.completed = false and a.appliedAt < :cutoff"
				+ " and a.anonymisedAt is null" + (ids == null ? "" : " and a.id in :ids") + " order by a.appliedAt";
		var query = entities.createQuery(jpql, TrainingApplication.class)
			.setParameter("cutoff", RetainedRecords.cutoffDay(cutoff).atStartOfDay(JapaneseDates.JST).toInstant());
		if (ids != null) {
			query.setParameter("ids", ids);
		}
		return query.getResultList();
	}
}

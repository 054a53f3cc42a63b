package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.Comparator;

import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseDocumentView;
import org.tsunagu.consultation.CaseEntryView;
import org.tsunagu.consultation.CaseListItem;
import org.tsunagu.consultation.CaseTaskView;

/**
 * Cases as other modules and the web layer see them; "overdue" is computed for the given day in Japan.
 */
final class CaseViews {

	private CaseViews() {
	}

	static CaseListItem listItem(ConsultationCase c, LocalDate today) {
		return new CaseListItem(c.getId(), c.getTitle(), c.getRegionName(), c.getOwnerName(), c.getStatus(),
				c.getPriority(), c.getNextContactDue(), c.isOverdue(today), c.isCloseRequested(), c.getHandoverRegion(),
				c.getOpenedOn());
	}

	static CaseDetails details(ConsultationCase c, LocalDate today) {
		var timeline = c.getTimeline()
			.stream()
			.sorted(Comparator.comparing(CaseEntry::getOccurredOn)
				.thenComparing(CaseEntry::getRecordedAt)
				.reversed())
			.map(e -> new CaseEntryView(e.getId(), e.getKind(), e.getOccurredOn(), e.getChannel(), e.getCounterpart(),
					e.getContent(), e.getRecordedBy(), e.getRecordedAt()))
			.toList();
		var tasks = c.getTasks()
			.stream()
			.sorted(Comparator.comparing(CaseTask::isDone)
				.thenComparing(CaseTask::getDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(t -> new CaseTaskView(t.getId(), t.getTitle(), t.getDueOn(), t.isDone(), t.getDoneBy()))
			.toList();
		var documents = c.getDocuments()
			.stream()
			.map(d -> new CaseDocumentView(d.getId(), d.getFileName(), d.getContentType(), d.getSize(),
					d.getUploadedBy(), d.getUploadedAt()))
			.toList();
		return new CaseDetails(c.getId(), c.getVersion(), c.getConsultationId(), c.getTitle(), c.getRegionName(),
				c.getChildId(), c.getOwnerId(), c.getOwnerName(), c.getStatus(), c.getPriority(), c.getNextContactDue(),
				c.isOverdue(today), c.isCloseRequested(), c.getHandoverRegion(), c.getOpenedOn(), c.getClosedOn(),
				timeline, tasks, documents);
	}
}

package org.tsunagu.consultation.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.CaseSearchQuery;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationSearchQuery;
import org.tsunagu.consultation.SearchOrder;

/**
 * The full-text search's words and filters as request parameters: those of the list plus the owner, and
 * whether consultations or cases are searched (a case's status is a filter of its own).
 */
public class ConsultationSearchForm extends ConsultationFilterForm {

	private @Nullable String owner;

	/** What is searched: consultations (default) or cases. */
	private Target target = Target.CONSULTATIONS;

	private @Nullable CaseStatus caseStatus;

	/** The order of the results: by relevance unless newest first is asked for. */
	private SearchOrder order = SearchOrder.RELEVANCE;

	/** The two kinds of record the search covers. */
	public enum Target {

		/** 相談: the consultations as received. */
		CONSULTATIONS,

		/** 相談ケース: the cases with their timelines. */
		CASES
	}

	CaseSearchQuery toCaseQuery() {
		return new CaseSearchQuery(getQ(), getFrom(), getTo(), getRegion(), caseStatus, owner, order);
	}

	ConsultationSearchQuery toQuery() {
		return new ConsultationSearchQuery(getQ(), getFrom(), getTo(), getRegion(), getChannel(), getTopic(),
				getStatus(), owner, order);
	}

	public @Nullable String getOwner() {
		return owner;
	}

	public void setOwner(@Nullable String owner) {
		this.owner = owner;
	}

	public Target getTarget() {
		return target;
	}

	public void setTarget(@Nullable Target target) {
		this.target = target == null ? Target.CONSULTATIONS : target;
	}

	public @Nullable CaseStatus getCaseStatus() {
		return caseStatus;
	}

	public void setCaseStatus(@Nullable CaseStatus caseStatus) {
		this.caseStatus = caseStatus;
	}

	public SearchOrder getOrder() {
		return order;
	}

	public void setOrder(@Nullable SearchOrder order) {
		this.order = order == null ? SearchOrder.RELEVANCE : order;
	}
}

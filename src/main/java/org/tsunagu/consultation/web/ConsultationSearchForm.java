package org.tsunagu.consultation.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.ConsultationSearchQuery;

/**
 * The full-text search's words and filters as request parameters: those of the list plus the owner.
 */
public class ConsultationSearchForm extends ConsultationFilterForm {

	private @Nullable String owner;

	ConsultationSearchQuery toQuery() {
		return new ConsultationSearchQuery(getQ(), getFrom(), getTo(), getRegion(), getChannel(), getTopic(),
				getStatus(), owner);
	}

	public @Nullable String getOwner() {
		return owner;
	}

	public void setOwner(@Nullable String owner) {
		this.owner = owner;
	}
}

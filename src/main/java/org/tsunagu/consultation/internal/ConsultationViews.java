package org.tsunagu.consultation.internal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.consultation.ConsultationDetails;
import org.tsunagu.consultation.ConsultationListItem;

/**
 * Consultations as other modules and the web layer see them.
 */
final class ConsultationViews {

	static final int SUMMARY_LENGTH = 40;

	private ConsultationViews() {
	}

	static ConsultationDetails details(Consultation c, @Nullable String municipalityName) {
		return new ConsultationDetails(c.getId(), c.getVersion(), c.getReceivedAt(), c.getChannel(),
				c.getConsulterType(), c.getConsulterName(), c.getConsulterOrganisation(), c.getMunicipalityCode(),
				municipalityName, c.getRegionName(), c.getChildLink(), c.getChildId(), c.getTopics(), c.getContent(),
				c.getAnswer(), c.getNextStep(), c.getStatus(), c.getRecordedBy());
	}

	static ConsultationListItem listItem(Consultation c) {
		return new ConsultationListItem(c.getId(), c.getReceivedAt(), c.getChannel(), c.getConsulterType(),
				c.getRegionName(), c.getTopics(), summary(c.getContent()), c.getStatus());
	}

	/** The first line of the content, cut short so the list stays one line per consultation. */
	static String summary(String content) {
		String firstLine = content.lines().findFirst().orElse("");
		return firstLine.length() > SUMMARY_LENGTH ? firstLine.substring(0, SUMMARY_LENGTH) + "…" : firstLine;
	}
}

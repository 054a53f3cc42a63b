package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.util.Map;

import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionListItem;

/**
 * Turns institutions into the read records of the module API.
 */
final class InstitutionViews {

	private InstitutionViews() {
	}

	static InstitutionListItem listItem(Institution institution, Map<String, String> municipalityNames,
			LocalDate today) {
		return new InstitutionListItem(institution.getId(), institution.getName(), institution.getKana(),
				institution.getKind(),
				municipalityNames.getOrDefault(institution.getMunicipalityCode(), institution.getMunicipalityCode()),
				institution.getRegionName(),
				institution.getCapabilities()
					.stream()
					.filter(InstitutionCapability::accepts)
					.map(InstitutionCapability::getItemNo)
					.toList(),
				institution.getProfile().getWaitingStatus(), institution.getLastConfirmedOn(),
				institution.isStale(today), institution.isRetired());
	}

	/** What the entry holds now, in the shape staff enter it (to merge an imported row into). */
	static InstitutionInput input(Institution institution) {
		InstitutionProfile profile = institution.getProfile();
		return new InstitutionInput(institution.getName(), institution.getKana(), institution.getKind(),
				profile.getOfficeNumber(), profile.getPostalCode(), profile.getAddress(),
				institution.getMunicipalityCode(), profile.getPhone(), profile.getEmail(), profile.getWebsite(),
				profile.getAgeMin(), profile.getAgeMax(), profile.getCapacity(), profile.getWaitingStatus(),
				institution.getLastConfirmedOn(), profile.isPublicListing(), profile.getNotes(),
				institution.getContacts().stream().map(InstitutionContact::toInput).toList(),
				institution.getCapabilities().stream().map(InstitutionCapability::toInput).toList());
	}

	static InstitutionDetails details(Institution institution, String municipalityName, LocalDate today) {
		InstitutionProfile profile = institution.getProfile();
		return new InstitutionDetails(institution.getId(), institution.getVersion(), institution.getName(),
				institution.getKana(), institution.getKind(), profile.getOfficeNumber(), profile.getPostalCode(),
				profile.getAddress(), institution.getMunicipalityCode(), municipalityName,
				institution.getRegionName(), profile.getPhone(), profile.getEmail(), profile.getWebsite(),
				profile.getAgeMin(), profile.getAgeMax(), profile.getCapacity(), profile.getWaitingStatus(),
				institution.getLastConfirmedOn(), institution.isStale(today), profile.isPublicListing(),
				profile.getNotes(),
				institution.getContacts().stream().map(InstitutionContact::toInput).toList(),
				institution.getCapabilities().stream().map(InstitutionCapability::toInput).toList(),
				institution.isRetired(), institution.getRetiredOn(), institution.getRetiredReason());
	}
}

package org.tsunagu.registry.internal;

import java.util.Map;

import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.FamilyMemberInput;

/**
 * Read records of a child for pages and the API.
 */
final class ChildViews {

	private ChildViews() {
	}

	static ChildDetails details(Child child, String municipalityName) {
		var family = child.getFamily()
			.stream()
			.map(member -> new FamilyMemberInput(member.getName(), member.getKana(), member.getRelationship(),
					member.getPhone(), member.getEmail(), member.isPrimaryContact()))
			.toList();
		return new ChildDetails(child.getId(), child.getVersion(), child.getFamilyName(), child.getGivenName(),
				child.getFamilyNameKana(), child.getGivenNameKana(), child.getBirthDate(), child.getSex(),
				child.getPostalCode(), child.getAddress(), child.getMunicipalityCode(), municipalityName,
				child.getRegionName(), child.getDiagnoses(), child.getIcd10Code(), child.getPrimaryDoctor(),
				child.getHospital(), child.getServicesUsed(), child.getSchoolStatus(), child.getSchoolName(),
				child.getCoordinatorName(), child.isMeisRegistered(), child.getStatus(), child.getStatusDate(),
				child.getStatusReason(), family, child.getUpdatedAt(), child.getUpdatedBy());
	}

	static ChildListItem listItem(Child child, Map<String, String> municipalityNames) {
		return new ChildListItem(child.getId(), child.getFamilyName() + " " + child.getGivenName(),
				child.getFamilyNameKana() + " " + child.getGivenNameKana(), child.getBirthDate(),
				municipalityNames.getOrDefault(child.getMunicipalityCode(), child.getMunicipalityCode()),
				child.getRegionName(), child.getStatus());
	}
}

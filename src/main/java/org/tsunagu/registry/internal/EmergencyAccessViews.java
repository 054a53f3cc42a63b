package org.tsunagu.registry.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.EmergencyAccessCandidate;
import org.tsunagu.registry.EmergencyAccessGrant;
import org.tsunagu.registry.EmergencyAccessView;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.FamilyMemberInput;

/**
 * Read records of emergency accesses. The view under an access carries the 緊急時情報シート's contents only.
 */
@Component
class EmergencyAccessViews {

	private final ReferenceData reference;

	private final ChildRepository children;

	EmergencyAccessViews(ReferenceData reference, ChildRepository children) {
		this.reference = reference;
		this.children = children;
	}

	EmergencyAccessCandidate candidate(Child child) {
		return new EmergencyAccessCandidate(child.getId(), name(child),
				child.getFamilyNameKana() + " " + child.getGivenNameKana(), child.getBirthDate(), municipality(child));
	}

	EmergencyAccessGrant grant(EmergencyAccess access) {
		return grant(access, children.findById(access.getChildId()).orElse(null));
	}

	EmergencyAccessGrant grant(EmergencyAccess access, @org.jspecify.annotations.Nullable Child child) {
		return new EmergencyAccessGrant(access.getId(), access.getVersion(), access.getChildId(),
				child == null ? "－" : name(child), access.getUsername(), access.getUserDisplayName(),
				access.getUserRole().name(), access.getReason(), access.getGrantedAt(), access.getExpiresAt(),
				access.getReviewedAt(), access.getReviewedBy(), access.getReviewComment());
	}

	EmergencyAccessView view(Child child, Optional<EmergencyInfo> info, EmergencyAccess access) {
		var contacts = child.getFamily()
			.stream()
			.map(member -> new FamilyMemberInput(member.getName(), member.getKana(), member.getRelationship(),
					member.getPhone(), null, member.isPrimaryContact()))
			.toList();
		return new EmergencyAccessView(child.getId(), name(child),
				child.getFamilyNameKana() + " " + child.getGivenNameKana(), child.getBirthDate(), child.getSex(),
				municipality(child), child.getDiagnoses(), child.getPrimaryDoctor(), child.getHospital(),
				child.isMeisRegistered(), contacts, info.map(EmergencyInfo::values).orElse(EmergencyInfoInput.empty()),
				access.getExpiresAt());
	}

	private static String name(Child child) {
		return child.getFamilyName() + " " + child.getGivenName();
	}

	private String municipality(Child child) {
		String code = child.getMunicipalityCode();
		return MunicipalityCode.isValid(code)
				? reference.municipality(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code) : code;
	}
}

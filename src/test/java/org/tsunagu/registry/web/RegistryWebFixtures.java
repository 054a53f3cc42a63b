package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.ConsentState;
import org.tsunagu.registry.ConsentView;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;

/**
 * Obviously fictional records for the registry's controller tests.
 */
final class RegistryWebFixtures {

	static final UUID CHILD_ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

	static final UUID CONSENT_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	private RegistryWebFixtures() {
	}

	static ChildDetails child() {
		return new ChildDetails(CHILD_ID, 1, "見本", "花子", "ミホン", "ハナコ", LocalDate.of(2019, 4, 2), Sex.FEMALE, null,
				null, "202029", "松本市", "松本", null, null, null, null, null, null, null, null, false,
				ChildStatus.ENROLLED, null, null, List.of(new FamilyMemberInput("見本 桜", null, "母", null, null, true)),
				null, null);
	}

	static ConsentView sharing() {
		return new ConsentView(CONSENT_ID, 2, ConsentPurpose.SHARE_INSTITUTION, "架空訪問看護ステーションみほん", null,
				LocalDate.of(2025, 4, 1), ConsentMethod.WRITTEN, "試験 相談員", null, null, null, ConsentState.EFFECTIVE);
	}
}

package org.tsunagu.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.tsunagu.registry.FamilyMemberInput;

/**
 * Family members as the fixed rows of the child form.
 */
final class FamilyRows {

	private FamilyRows() {
	}

	/** The stored members followed by blank rows, at least {@code rows} in all. */
	static List<FamilyRow> of(List<FamilyMemberInput> members, int rows) {
		List<FamilyRow> result = new ArrayList<>();
		for (FamilyMemberInput member : members) {
			FamilyRow row = new FamilyRow();
			row.setName(member.name());
			row.setKana(member.kana());
			row.setRelationship(member.relationship());
			row.setPhone(member.phone());
			row.setEmail(member.email());
			result.add(row);
		}
		while (result.size() < rows) {
			result.add(new FamilyRow());
		}
		return result;
	}

	static int primaryIndex(List<FamilyMemberInput> members) {
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i).primaryContact()) {
				return i;
			}
		}
		return 0;
	}
}

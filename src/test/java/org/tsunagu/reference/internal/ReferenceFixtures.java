package org.tsunagu.reference.internal;

import org.tsunagu.reference.MunicipalityCode;

/**
 * Unsaved reference entities for web tests in other packages (their constructors are package-private).
 */
public final class ReferenceFixtures {

	private ReferenceFixtures() {
	}

	public static Region region(String name) {
		return new Region(name, name + "別名", name + "保健福祉事務所", name + "市", 1);
	}

	public static Municipality municipality(String code, String name, String kana, Region region) {
		return new Municipality(new MunicipalityCode(code), name, kana, region);
	}

	public static Department department(String bureau, String division, int sortOrder) {
		return new Department(bureau, division, sortOrder);
	}
}

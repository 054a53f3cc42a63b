package org.tsunagu.registry;

/**
 * Classification by the old 判定スコア (超重症児・準超重症児), used e.g. for the 短期入所 特別重度支援加算. A
 * different instrument from the 医療的ケア判定スコア.
 */
public enum SevereDisabilityClass {

	/** 超重症児: 25 points or more. */
	SEVERE,

	/** 準超重症児: 10 to 24 points. */
	SEMI_SEVERE,

	/** その他: below 10 points. */
	OTHER;

	/** The classification of a total. */
	public static SevereDisabilityClass of(int total) {
		if (total >= 25) {
			return SEVERE;
		}
		return total >= 10 ? SEMI_SEVERE : OTHER;
	}

	/** The message key of the name, e.g. {@code registry.care.severeClass.SEVERE}. */
	public String messageKey() {
		return "registry.care.severeClass." + name();
	}
}

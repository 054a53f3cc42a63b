package org.tsunagu.council;

/**
 * The field a member comes from (要綱 第4-2(2)ア(ｲ) a–g, plus the center's own staff).
 */
public enum MemberField {

	/** 医療分野. */
	MEDICAL,

	/** 福祉分野. */
	WELFARE,

	/** 教育分野. */
	EDUCATION,

	/** 保育分野. */
	CHILDCARE,

	/** 労働分野. */
	LABOUR,

	/** 行政分野. */
	ADMINISTRATION,

	/** その他推進会議の目的のために必要となる分野. */
	OTHER,

	/** 医療的ケア児等支援センター職員. */
	SUPPORT_CENTER
}

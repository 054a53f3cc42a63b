package org.tsunagu.institution;

/**
 * The field (分野) an institution works in.
 */
public enum InstitutionField {

	/** 医療: hospitals, clinics, visiting nurses. */
	MEDICAL,

	/** 保健: health centres and health offices. */
	HEALTH,

	/** 福祉: disability welfare services. */
	WELFARE,

	/** 教育: schools and boards of education. */
	EDUCATION,

	/** 保育: nurseries and kindergartens. */
	CHILDCARE,

	/** 子育て支援: child-rearing support. */
	PARENTING_SUPPORT,

	/** 労働: employment support for parents. */
	LABOUR,

	/** 行政: municipal and prefectural offices. */
	ADMINISTRATION,

	/** 民間団体: family associations and NPOs. */
	PRIVATE_ORGANISATION,

	/** その他: anything else. */
	OTHER
}

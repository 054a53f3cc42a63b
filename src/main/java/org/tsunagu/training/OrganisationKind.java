package org.tsunagu.training;

/** The kind of organisation an applicant works for; the roster can be filtered by it. */
public enum OrganisationKind {

	/** 医療機関. */
	MEDICAL,

	/** 訪問看護ステーション. */
	VISITING_NURSING,

	/** 相談支援事業所. */
	CONSULTATION_SUPPORT,

	/** 障害福祉サービス事業所（通所・短期入所など）. */
	WELFARE_SERVICE,

	/** 学校・教育機関. */
	EDUCATION,

	/** 保育所・幼稚園など. */
	CHILDCARE,

	/** 市町村. */
	MUNICIPALITY,

	/** 県・保健福祉事務所. */
	PREFECTURE,

	/** その他. */
	OTHER
}

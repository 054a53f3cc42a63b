package org.tsunagu.registry;

/**
 * The kinds of 関係機関 a family may agree to share with when no single organisation is named.
 */
public enum InstitutionKind {

	/** 医療機関: hospitals and clinics. */
	MEDICAL,

	/** 訪問看護ステーション. */
	VISITING_NURSING,

	/** 障害福祉サービス事業所 (児童発達支援, 放課後等デイサービス, 短期入所 …). */
	WELFARE_SERVICE,

	/** 保育所・学校. */
	SCHOOL,

	/** 市町村 (障がい福祉・母子保健担当). */
	MUNICIPALITY,

	/** 相談支援事業所. */
	COUNSELLING
}

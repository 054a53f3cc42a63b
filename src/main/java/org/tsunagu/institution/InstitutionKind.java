package org.tsunagu.institution;

/**
 * The kind (種別) of an institution, each within one {@link InstitutionField}.
 */
public enum InstitutionKind {

	/** 病院. */
	HOSPITAL(InstitutionField.MEDICAL),

	/** 診療所. */
	CLINIC(InstitutionField.MEDICAL),

	/** 訪問看護ステーション. */
	VISITING_NURSE(InstitutionField.MEDICAL),

	/** 保健センター. */
	HEALTH_CENTER(InstitutionField.HEALTH),

	/** 保健福祉事務所. */
	HEALTH_WELFARE_OFFICE(InstitutionField.HEALTH),

	/** 児童発達支援. */
	CHILD_DEVELOPMENT_SUPPORT(InstitutionField.WELFARE),

	/** 放課後等デイサービス. */
	AFTER_SCHOOL_DAY_SERVICE(InstitutionField.WELFARE),

	/** 短期入所. */
	SHORT_STAY(InstitutionField.WELFARE),

	/** 居宅介護. */
	HOME_CARE(InstitutionField.WELFARE),

	/** 相談支援事業所. */
	CONSULTATION_SUPPORT(InstitutionField.WELFARE),

	/** 特別支援学校. */
	SPECIAL_NEEDS_SCHOOL(InstitutionField.EDUCATION),

	/** 小学校・中学校. */
	SCHOOL(InstitutionField.EDUCATION),

	/** 保育所. */
	NURSERY(InstitutionField.CHILDCARE),

	/** 子育て支援センター. */
	PARENTING_SUPPORT_CENTER(InstitutionField.PARENTING_SUPPORT),

	/** ハローワーク等. */
	EMPLOYMENT_OFFICE(InstitutionField.LABOUR),

	/** 市町村担当課. */
	MUNICIPAL_DIVISION(InstitutionField.ADMINISTRATION),

	/** 家族会・NPO. */
	ASSOCIATION(InstitutionField.PRIVATE_ORGANISATION),

	/** その他. */
	OTHER(InstitutionField.OTHER);

	private final InstitutionField field;

	InstitutionKind(InstitutionField field) {
		this.field = field;
	}

	/** The field this kind belongs to. */
	public InstitutionField field() {
		return field;
	}
}

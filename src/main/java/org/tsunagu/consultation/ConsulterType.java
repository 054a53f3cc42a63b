package org.tsunagu.consultation;

/**
 * Who consulted the center.
 */
public enum ConsulterType {

	/** 本人. */
	SELF,

	/** 家族. */
	FAMILY,

	/** 事業所: a service provider. */
	PROVIDER,

	/** 市町村. */
	MUNICIPALITY,

	/** 保健福祉事務所. */
	HEALTH_OFFICE,

	/** 学校. */
	SCHOOL,

	/** 保育所. */
	NURSERY,

	/** 医療機関. */
	MEDICAL,

	/** その他. */
	OTHER
}

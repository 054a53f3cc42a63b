package org.tsunagu.registry;

/**
 * Where the municipality's 個別避難計画 for a child stands (災害対策基本法 第49条の14: a municipal duty of effort).
 */
public enum MunicipalityPlanStatus {

	/** 未作成: the municipality has not started the plan. */
	NOT_STARTED,

	/** 作成中: the plan is being prepared with the family. */
	IN_PROGRESS,

	/** 作成済み: the plan is made; it has a date. */
	DONE
}

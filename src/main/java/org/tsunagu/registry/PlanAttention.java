package org.tsunagu.registry;

/**
 * Why a power-dependent child is on the work list of disaster plans.
 */
public enum PlanAttention {

	/** 計画なし: no plan recorded, or the municipality has not started one. */
	NO_PLAN,

	/** 作成中: the municipality's plan is being prepared. */
	IN_PROGRESS,

	/** 1年以上見直しなし: the plan was made or last reviewed longer ago than the review period. */
	OUTDATED
}

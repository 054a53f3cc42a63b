package org.tsunagu.registry;

/**
 * Where the family decided to stay or go in a disaster.
 */
public enum EvacuationDecision {

	/** 在宅避難: stay at home with own power and stock. */
	STAY_HOME,

	/** 避難所: a general shelter. */
	SHELTER,

	/** 福祉避難所: a welfare shelter (要配慮者). */
	WELFARE_SHELTER,

	/** 病院: a hospital, mainly for power. */
	HOSPITAL,

	/** 未定: not decided yet. */
	UNDECIDED
}

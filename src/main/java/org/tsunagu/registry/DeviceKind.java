package org.tsunagu.registry;

/**
 * Kinds of medical device recorded with a care assessment (for the 緊急時情報シート and the list of children who
 * depend on electric power in a disaster).
 */
public enum DeviceKind {

	/** 人工呼吸器 (including NPPV and high-flow devices). */
	VENTILATOR,

	/** 酸素濃縮器 (or oxygen cylinders). */
	OXYGEN_CONCENTRATOR,

	/** 吸引器. */
	SUCTION,

	/** 経管栄養ポンプ. */
	FEEDING_PUMP,

	/** パルスオキシメーター. */
	PULSE_OXIMETER,

	/** その他の医療機器. */
	OTHER
}

package org.tsunagu.information;

/**
 * The kind of a survey question and what its answer is.
 */
public enum QuestionKind {

	/** 数値: a whole number of 0 or more (e.g. 医療的ケア児の人数). */
	NUMBER,

	/** 選択: one of the listed choices. */
	CHOICE,

	/** 自由記述: free text. */
	TEXT,

	/** 人数表: counts in a table of rows (e.g. age bands) by columns (e.g. care items). */
	COUNT_TABLE
}

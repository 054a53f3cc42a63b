package org.tsunagu.training;

/** What a session of an offering is. */
public enum ModuleKind {

	/** 講義: a lecture. */
	LECTURE,

	/** 演習: an exercise or group work. */
	EXERCISE
}

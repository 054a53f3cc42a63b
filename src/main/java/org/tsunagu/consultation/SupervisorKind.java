package org.tsunagu.consultation;

/**
 * Who goes out as supervisor.
 */
public enum SupervisorKind {

	/** 看護師: a nurse of the center (a user with the NURSE role). */
	NURSE,

	/** 医師: an outside doctor, by name. */
	DOCTOR
}

package org.tsunagu.training;

import java.util.UUID;

/**
 * Staff added someone who completed the コーディネーター養成研修 to the coordinator roster; the institution
 * module's coordinator roster takes them in. Carries the few details the roster needs (it has no other way
 * to read them).
 */
public record CoordinatorQualified(UUID personId, String name, String kana, String organisation, String region,
		int courseYear) {
}

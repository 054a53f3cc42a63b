package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A consent as the consent tab shows it, with its state on the day it was read.
 */
public record ConsentView(UUID id, long version, ConsentPurpose purpose, @Nullable String organisation,
		@Nullable InstitutionKind institutionKind, LocalDate givenOn, ConsentMethod method, String recordedBy,
		@Nullable LocalDate expiresOn, @Nullable LocalDate withdrawnOn, @Nullable String withdrawalReason,
		ConsentState state) {
}

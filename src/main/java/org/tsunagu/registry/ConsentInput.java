package org.tsunagu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A consent as entered. Who recorded it is the logged-in user, never typed.
 *
 * @param purpose what the family agreed to
 * @param organisation for {@link ConsentPurpose#SHARE_INSTITUTION}: the organisation's name exactly as its
 *     users' organisation is registered
 * @param institutionKind for {@link ConsentPurpose#SHARE_INSTITUTION}: a kind of 関係機関 instead of, or
 *     besides, a named organisation
 * @param givenOn the day the consent was given
 * @param method how it was given
 * @param expiresOn the last day it covers, if limited
 */
public record ConsentInput(ConsentPurpose purpose, @Nullable String organisation,
		@Nullable InstitutionKind institutionKind, LocalDate givenOn, ConsentMethod method,
		@Nullable LocalDate expiresOn) {
}

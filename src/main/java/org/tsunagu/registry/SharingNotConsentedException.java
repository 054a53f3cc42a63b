package org.tsunagu.registry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when data of a child would leave the center for a purpose (or an organisation) that no effective
 * consent covers. It is an {@link AccessDeniedException}, so pages and the API answer 403.
 */
public class SharingNotConsentedException extends AccessDeniedException {

	public SharingNotConsentedException(UUID childId, ConsentPurpose purpose, @Nullable String organisation) {
		super("No effective consent of child " + childId + " covers " + purpose
				+ (organisation == null ? "" : " with " + organisation));
	}
}

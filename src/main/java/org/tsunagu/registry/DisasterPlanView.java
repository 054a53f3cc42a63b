package org.tsunagu.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's 個別避難計画 record as the plan page and the API show it; reading it is audited.
 *
 * @param childId the child
 * @param version the version to send back with a change; {@link #NEW} while there is no plan
 * @param plan the plan's content
 */
public record DisasterPlanView(UUID childId, long version, DisasterPlanInput plan, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {

	/** The version of a plan not yet stored: saving with it creates the plan. */
	public static final long NEW = -1;

	/** Whether the plan has been stored. */
	public boolean exists() {
		return version != NEW;
	}
}

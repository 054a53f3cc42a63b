package org.tsunagu.registry;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 個別避難計画: a child's disaster plan record and the work list of power-dependent children whose plan is
 * missing, in progress or not reviewed for a year. Scope-checked and audited like the child's record.
 */
public interface DisasterPlanManagement {

	/** The child's plan, or an empty one with version {@link DisasterPlanView#NEW}; the read is audited. */
	DisasterPlanView get(UUID childId);

	/**
	 * Creates or changes the child's plan; {@code version} guards against overwriting a colleague's change.
	 *
	 * @return the version now stored
	 */
	long save(UUID childId, long version, DisasterPlanInput input);

	/**
	 * Power-dependent children within the caller's scope whose plan needs attention, by 圏域 then
	 * municipality; blank filters mean all.
	 */
	List<PowerDependentChild> powerDependent(@Nullable String region, @Nullable String municipalityCode);
}

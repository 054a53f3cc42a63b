package org.tsunagu.institution;

import java.util.List;
import java.util.UUID;

/**
 * The roster of 医療的ケア児等コーディネーター: who they are, whom they work for, which municipalities they cover
 * and which training they completed. Everyone in the 関係機関 area reads it; center staff change it, a health
 * office only within its own 圏域. Changes are audited.
 */
public interface CoordinatorManagement {

	/**
	 * Puts someone on the roster, or finds them there: the same name and フリガナ in the same 圏域 is the same
	 * person, whose id is returned without any change (so the training module may call this for every course
	 * someone completes).
	 *
	 * @throws InvalidInstitutionException for an unknown 圏域, municipality or organisation
	 */
	UUID register(CoordinatorInput input);

	/** Changes a coordinator's entry; {@code version} guards against overwriting a colleague's change. */
	void update(UUID id, long version, CoordinatorInput input);

	/** Records that they no longer work as coordinator. */
	void deactivate(UUID id, long version);

	/** Records that they work as coordinator again. */
	void reactivate(UUID id, long version);

	/** One coordinator. */
	CoordinatorView get(UUID id);

	/** The roster, filtered, by 圏域 and フリガナ. */
	List<CoordinatorView> search(CoordinatorFilter filter);

	/** Every active 圏域 with how many active coordinators cover it and each of its municipalities. */
	List<CoverageRow> coverage();
}

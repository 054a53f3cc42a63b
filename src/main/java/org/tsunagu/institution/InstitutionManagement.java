package org.tsunagu.institution;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The institutions and the resource finder. Everyone in the 関係機関 area may read all entries (they hold no
 * personal data); the prefecture only reads, a health office changes only entries of its own 圏域. Changes
 * are audited.
 */
public interface InstitutionManagement {

	/**
	 * Enters an institution; the 圏域 follows from the municipality.
	 *
	 * @throws InvalidInstitutionException for an unknown municipality or a 事業所番号 already used
	 */
	UUID register(InstitutionInput input);

	/** Changes an institution; {@code version} guards against overwriting a colleague's change. */
	void update(UUID id, long version, InstitutionInput input);

	/** One institution. */
	InstitutionDetails get(UUID id);

	/** One institution for its edit form: refused (403) unless the caller may change it. */
	InstitutionDetails getForEdit(UUID id);

	/** The institutions matching the filter. */
	Page<InstitutionListItem> search(InstitutionFilter filter, Pageable pageable);

	/** Records that the entry was confirmed with the institution today (JST). */
	void confirm(UUID id, long version);

	/**
	 * Retires the entry (廃止) as of the given day, with a reason; it is kept but hidden from the finder.
	 *
	 * @throws IllegalStateException when it is already retired
	 */
	void retire(UUID id, long version, LocalDate on, String reason);

	/** Takes a retired entry back into the finder. */
	void reinstate(UUID id, long version);
}

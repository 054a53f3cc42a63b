package org.tsunagu.consultation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Full-text search over consultations and cases (Hibernate Search, Lucene, kuromoji): kana- and width-insensitive,
 * by writing or by reading, limited to what the caller may see — a health office only its own 圏域, roles
 * outside the consultation area nothing.
 */
public interface ConsultationSearch {

	/** The consultations matching the query, best matches first (newest first without words). */
	Page<ConsultationSearchHit> search(ConsultationSearchQuery query, Pageable pageable);

	/** The cases matching the query, best matches first (most recently opened first without words). */
	Page<CaseSearchHit> searchCases(CaseSearchQuery query, Pageable pageable);

	/** The names of those who took the consultations the caller may see, for the owner filter. */
	List<String> owners();

	/** How many consultations the index and the database hold (administrators). */
	SearchIndexStatus indexStatus();

	/** Rebuilds the index from the database (administrators); audited. Returns the number of rows indexed. */
	long rebuildIndex();
}

package org.tsunagu.reference.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The 医療的ケア判定スコア rows of every table version.
 */
interface CareScoreItemRepository extends JpaRepository<CareScoreItem, UUID> {

	List<CareScoreItem> findAllByOrderByEffectiveFromAscSortOrderAsc();
}

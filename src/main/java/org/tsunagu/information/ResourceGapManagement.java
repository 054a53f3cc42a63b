package org.tsunagu.information;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 資源開拓: the gaps found in the regions' resources, their status and the actions taken. Staff of 情報発信
 * record and follow them; changes are audited and versioned.
 */
public interface ResourceGapManagement {

	UUID record(GapInput input);

	void update(UUID id, long version, GapInput input);

	GapView get(UUID id);

	/** The gaps of a 圏域 and status (all when null), in the prefecture's order of 圏域. */
	List<GapView> list(@Nullable String regionName, @Nullable GapStatus status);
}

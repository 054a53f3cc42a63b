package org.tsunagu.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param checkedEntries how many sealed entries were checked
 * @param unsealedEntries entries not yet in the chain (written in the last seconds, sealed shortly)
 * @param brokenAtIndex the chain position of the first entry whose hash does not match, or that is missing
 * @param brokenEntryId that entry's id, when it still exists
 */
public record ChainVerification(long checkedEntries, long unsealedEntries, @Nullable Long brokenAtIndex,
		@Nullable UUID brokenEntryId) implements java.io.Serializable {

	/** Whether every sealed entry is unchanged and none is missing. */
	public boolean intact() {
		return brokenAtIndex == null;
	}
}

package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * スーパーバイザー派遣: an institution asks for advice on site; the センター長 approves, a nurse of the center or an
 * outside doctor goes, the advice and the follow-up are recorded. Scope-checked by 圏域 and audited; each
 * step throws {@link IllegalStateException} naming the current status when it is not possible.
 */
public interface DispatchManagement {

	/** Records a request. */
	UUID request(DispatchRequest request);

	/** One dispatch; the read is audited. */
	DispatchView get(UUID id);

	/** Dispatches in the caller's scope, filtered (per supervisor and month). */
	Page<DispatchView> search(DispatchFilter filter, Pageable pageable);

	/** The センター長 approves or declines the request, with a comment. */
	void decide(UUID id, long version, boolean approved, @Nullable String comment);

	/**
	 * Sets the supervisor and the date: a nurse user by id, or an outside doctor by name.
	 *
	 * @throws IllegalArgumentException when neither or both are given, or the user is not a nurse
	 */
	void assign(UUID id, long version, @Nullable UUID nurseUserId, @Nullable String doctorName, LocalDate visitOn);

	/** Records the visit and the advice given. */
	void recordVisit(UUID id, long version, String advice);

	/** Records the follow-up after the visit. */
	void recordFollowUp(UUID id, long version, String followUp);

	/** The nurses who may go out as supervisor. */
	List<CaseOwnerChoice> nurses();
}

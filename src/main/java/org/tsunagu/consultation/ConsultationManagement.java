package org.tsunagu.consultation;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 相談支援: consultations received by the center. Every method checks the caller's scope (a health office
 * works only in its own 圏域; a linked child must be readable by the caller) and writes the audit log, reads
 * included.
 */
public interface ConsultationManagement {

	/** Records a consultation received; the 圏域 follows from the municipality when one is given. */
	UUID record(ConsultationInput input);

	/** Changes a consultation; {@code version} guards against overwriting a colleague's change. */
	void update(UUID id, long version, ConsultationInput input);

	/** One consultation, if the caller may see it; the read is audited. */
	ConsultationDetails get(UUID id);

	/**
	 * The consultations the caller may see, filtered. The total is a capped count ({@code CappedPage}: at most
	 * 10,000, {@code totalCapped} beyond).
	 *
	 * @throws org.tsunagu.shared.PageBeyondCapException for a page that starts beyond the cap
	 */
	Page<ConsultationListItem> search(ConsultationFilter filter, Pageable pageable);

	/**
	 * Marks a consultation as answered (対応済み).
	 *
	 * @throws IllegalStateException when it is already closed
	 */
	void close(UUID id, long version);
}

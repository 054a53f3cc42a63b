package org.tsunagu.consultation;

import java.util.Optional;
import java.util.UUID;

/**
 * 相談フォーム: consultations sent by the public (no login). A submission becomes a consultation with
 * channel Web and status 未対応 in the intake list; the sender gets only a reference number back, never
 * anything about existing records.
 */
public interface PublicConsultationIntake {

	/**
	 * Records a web consultation and returns its reference number ({@code W-2026-7KQ2MX}); audited without
	 * the content.
	 *
	 * @throws IllegalArgumentException when neither a known municipality nor a known 圏域 is given
	 */
	String submit(PublicConsultationRequest request);

	/** A reference number of the same form that belongs to nothing, for a submission that is dropped. */
	String decoyReferenceNumber();

	/** The sender's contact for a consultation that came through the web form, if the caller may see it. */
	Optional<WebContact> contactFor(UUID consultationId);
}

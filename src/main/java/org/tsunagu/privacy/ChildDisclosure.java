package org.tsunagu.privacy;

import java.util.List;
import java.util.UUID;

/**
 * Disclosure (開示請求, 個人情報保護法): everything the system holds about one child and who viewed or changed
 * it. センター長 only (checked here, not just by URL); every call is audited.
 */
public interface ChildDisclosure {

	/** Everything about the child, section by section, with the access log. Audited as a read. */
	Disclosure disclose(UUID childId);

	/** Who viewed or changed the child's data (閲覧記録), newest first. Audited as a read. */
	List<AccessLogEntry> accessLog(UUID childId);

	/** The disclosure as a PDF (A4, Japanese, embedded font) for the family. Audited as an export. */
	DisclosureFile exportPdf(UUID childId);

	/** The disclosure as JSON (machine-readable, the same content). Audited as an export. */
	DisclosureFile exportJson(UUID childId);
}

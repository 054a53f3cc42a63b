package org.tsunagu.shared;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One module's part of everything the system holds about a child, for a disclosure request (開示請求 under
 * the 個人情報保護法). Each module that keeps data about children implements it as a bean; the disclosure
 * collects every section without the modules knowing each other (registry need not know consultation).
 * <p>
 * {@link #collect} does not check the caller's scope or write the audit log: the disclosure does both once,
 * for the whole export.
 */
public interface ChildDataSection {

	/** A stable machine-readable name, the key of the section in the JSON export (e.g. {@code consultations}). */
	String key();

	/** The Japanese title of the section in the PDF (e.g. 相談記録). */
	String title();

	/** Where the section comes in the export: smaller first. */
	default int order() {
		return 100;
	}

	/** The child's records in this section, in a sensible order; empty when there are none. */
	List<ChildDataRecord> collect(UUID childId);

	/** A section whose records come from one function (most modules need nothing more). */
	static ChildDataSection of(String key, String title, int order, Function<UUID, List<ChildDataRecord>> collector) {
		return new ChildDataSection() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public String title() {
				return title;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public List<ChildDataRecord> collect(UUID childId) {
				return collector.apply(childId);
			}
		};
	}
}

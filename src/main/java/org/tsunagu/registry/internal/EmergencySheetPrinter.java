package org.tsunagu.registry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.EmergencySheet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Prints the next version of a child's 緊急時情報シート and keeps its record. Callers have checked access.
 */
@Component
class EmergencySheetPrinter {

	static final String TARGET = "EmergencySheet";

	private final EmergencyInfoRepository infos;

	private final EmergencySheetRepository sheets;

	// Optional: the care assessment part of the module may not be deployed yet; the sheet then says 登録なし.
	private final ObjectProvider<CareSummaries> careSummaries;

	private final ReferenceData reference;

	private final EmergencySheetComposer composer;

	private final EmergencySheetPdf pdf;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	private final EntityManager entityManager;

	EmergencySheetPrinter(EmergencyInfoRepository infos, EmergencySheetRepository sheets,
			ObjectProvider<CareSummaries> careSummaries, ReferenceData reference, EmergencySheetComposer composer,
			EmergencySheetPdf pdf, AuditLog audit, EntityManager entityManager) {
		this.infos = infos;
		this.entityManager = entityManager;
		this.sheets = sheets;
		this.careSummaries = careSummaries;
		this.reference = reference;
		this.composer = composer;
		this.pdf = pdf;
		this.audit = audit;
	}

	EmergencySheet print(Child child) {
		// Two people printing the same child's sheet at the same moment get versions n and n+1, one after the
		// other: the child's row is locked until this transaction ends (found under load: the second print failed
		// on the unique version key with HTTP 500).
		entityManager.lock(child, LockModeType.PESSIMISTIC_WRITE);
		int versionNumber = sheets.latestVersion(child.getId()) + 1;
		Instant now = clock.instant();
		ChildDetails details = ChildViews.details(child, municipalityName(child.getMunicipalityCode()));
		EmergencyInfoInput info = infos.findByChildId(child.getId())
			.map(EmergencyInfo::values)
			.orElse(EmergencyInfoInput.empty());
		Optional<CareSummary> care = Optional.ofNullable(careSummaries.getIfAvailable())
			.flatMap(summaries -> summaries.latest(child.getId()));
		byte[] content = pdf.render(composer.compose(details, care, info, versionNumber, now));
		String user = CurrentUsers.require().username();
		// saveAndFlush: should anything else write a version, it fails on the unique key instead of duplicating it.
		sheets.saveAndFlush(new EmergencySheetRecord(child.getId(), versionNumber, now, user, sha256(content)));
		audit.record(AuditAction.EXPORT, TARGET, child.getId().toString(), "version=" + versionNumber);
		return new EmergencySheet(content, versionNumber,
				"緊急時情報シート_" + details.familyName() + details.givenName() + "_第" + versionNumber + "版.pdf",
				"emergency-sheet-v" + versionNumber + ".pdf");
	}

	private String municipalityName(String code) {
		return MunicipalityCode.isValid(code)
				? reference.municipality(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code) : code;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("Every Java runtime has SHA-256", exception);
		}
	}
}

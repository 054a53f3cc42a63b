package org.tsunagu.consultation.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseDocuments;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Documents of a case: checked by {@link CaseDocumentRules}, stored in the database, served only to users who
 * may see the case.
 */
@Service
@Transactional
class CaseDocumentService implements CaseDocuments {

	static final String TARGET = "ConsultationCaseDocument";

	private final CaseAccess access;

	private final CaseRepository cases;

	private final CaseDocumentContentRepository contents;

	private final AuditLog audit;

	CaseDocumentService(CaseAccess access, CaseRepository cases, CaseDocumentContentRepository contents,
			AuditLog audit) {
		this.access = access;
		this.cases = cases;
		this.contents = contents;
		this.audit = audit;
	}

	@Override
	public UUID attach(UUID caseId, String fileName, String contentType, byte[] data) {
		ConsultationCase found = access.forWork(caseId);
		String name = CaseDocumentRules.safeName(fileName);
		String type = CaseDocumentRules.checkedType(name, data);
		CaseDocument document = found.addDocument(name, type, data.length, access.actor());
		// The document row must exist before its contents row refers to it; inserts are reordered by type.
		cases.flush();
		contents.save(new CaseDocumentContent(document.getId(), data));
		audit.record(AuditAction.CREATE, TARGET, document.getId().toString(), "case=" + caseId);
		return document.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public CaseDocumentFile download(UUID caseId, UUID documentId) {
		ConsultationCase found = access.forView(caseId);
		CaseDocument document = found.getDocuments()
			.stream()
			.filter(candidate -> candidate.getId().equals(documentId))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException(TARGET, documentId));
		byte[] data = contents.findById(documentId)
			.orElseThrow(() -> new RecordNotFoundException(TARGET, documentId))
			.getData();
		audit.record(AuditAction.READ, TARGET, documentId.toString(), "case=" + caseId);
		return new CaseDocumentFile(document.getFileName(), document.getContentType(), data);
	}
}

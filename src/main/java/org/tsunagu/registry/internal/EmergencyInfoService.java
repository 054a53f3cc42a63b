package org.tsunagu.registry.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.EmergencyInfoManagement;
import org.tsunagu.registry.EmergencyInfoView;
import org.tsunagu.registry.EmergencySheet;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Emergency information of a child: read by whoever may see the child, changed by whoever may edit it,
 * printed by {@link EmergencySheetPrinter}. Audited.
 */
@Service
@Transactional
class EmergencyInfoService implements EmergencyInfoManagement {

	static final String TARGET = "EmergencyInfo";

	private final EmergencyInfoRepository infos;

	private final EmergencySheetRepository sheets;

	private final ChildRepository children;

	private final ChildAccessPolicy access;

	private final EmergencySheetPrinter printer;

	private final AuditLog audit;

	EmergencyInfoService(EmergencyInfoRepository infos, EmergencySheetRepository sheets, ChildRepository children,
			ChildAccessPolicy access, EmergencySheetPrinter printer, AuditLog audit) {
		this.infos = infos;
		this.sheets = sheets;
		this.children = children;
		this.access = access;
		this.printer = printer;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public EmergencyInfoView emergencyInfo(UUID childId) {
		access.checkReadable(child(childId));
		audit.record(AuditAction.READ, TARGET, childId.toString(), null);
		int sheetVersion = sheets.latestVersion(childId);
		return infos.findByChildId(childId)
			.map(info -> new EmergencyInfoView(childId, info.getVersion(), info.values(), sheetVersion,
					info.getUpdatedAt(), info.getUpdatedBy()))
			.orElseGet(() -> new EmergencyInfoView(childId, 0, EmergencyInfoInput.empty(), sheetVersion, null, null));
	}

	@Override
	public void update(UUID childId, long version, EmergencyInfoInput input) {
		access.checkEditable(child(childId));
		EmergencyInfo info = infos.findByChildId(childId).orElse(null);
		boolean created = info == null;
		if (created) {
			// A first save is based on the empty version 0, like any later one on what it read.
			info = new EmergencyInfo(childId);
		}
		info.checkVersion(version);
		info.apply(input);
		infos.saveAndFlush(info);
		audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, TARGET, info.getId().toString(),
				"child=" + childId);
	}

	@Override
	public EmergencySheet printSheet(UUID childId) {
		Child child = child(childId);
		access.checkReadable(child);
		return printer.print(child);
	}

	private Child child(UUID childId) {
		return children.findActive(childId).orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, childId));
	}
}

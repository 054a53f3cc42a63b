package org.tsunagu.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.EmergencyAccessCandidate;
import org.tsunagu.registry.EmergencyAccessGrant;
import org.tsunagu.registry.EmergencyAccessManagement;
import org.tsunagu.registry.EmergencyAccessView;
import org.tsunagu.registry.EmergencySheet;
import org.tsunagu.shared.KanaText;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * 緊急時アクセス: grants, the reads under a grant and the センター長's review. It bypasses the scope check of
 * {@link ChildAccessPolicy} on purpose, but only for the emergency information and only under an open grant.
 */
@Service
@Transactional
class EmergencyAccessService implements EmergencyAccessManagement {

	static final String TARGET = "EmergencyAccess";

	private final EmergencyAccessRepository accesses;

	private final ChildRepository children;

	private final EmergencyInfoRepository infos;

	private final EmergencySheetPrinter printer;

	private final EmergencyAccessViews views;

	private final EmergencyAccessSettings settings;

	private final Clock clock;

	private final AuditLog audit;

	EmergencyAccessService(EmergencyAccessRepository accesses, ChildRepository children, EmergencyInfoRepository infos,
			EmergencySheetPrinter printer, EmergencyAccessViews views, EmergencyAccessSettings settings, Clock clock,
			AuditLog audit) {
		this.accesses = accesses;
		this.children = children;
		this.infos = infos;
		this.printer = printer;
		this.views = views;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmergencyAccessCandidate> findCandidates(String familyNameKana, String givenNameKana,
			LocalDate birthDate) {
		checkMayAsk(CurrentUsers.require());
		List<EmergencyAccessCandidate> found = accesses
			.findCandidates(kana(familyNameKana), kana(givenNameKana), birthDate)
			.stream()
			.map(views::candidate)
			.toList();
		audit.record(AuditAction.READ, TARGET, null, "emergency search: " + found.size() + " children");
		return found;
	}

	@Override
	public EmergencyAccessGrant grant(UUID childId, @Nullable String reason) {
		Child child = child(childId);
		EmergencyAccess access = accesses.saveAndFlush(
				EmergencyAccess.grant(childId, CurrentUsers.require(), reason, clock.instant(), settings.duration()));
		audit.record(AuditAction.CREATE, TARGET, childId.toString(),
				"access=" + access.getId() + " purpose=" + access.getReason());
		return views.grant(access, child);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EmergencyAccessGrant> openGrant(UUID childId) {
		Child child = child(childId);
		return accesses.findOpenAccess(childId, CurrentUsers.require().username(), clock.instant())
			.map(access -> views.grant(access, child));
	}

	@Override
	@Transactional(readOnly = true)
	public EmergencyAccessView emergencyInfo(UUID childId) {
		Child child = child(childId);
		EmergencyAccess access = requireOpen(childId);
		audit.record(AuditAction.READ, EmergencyInfoService.TARGET, childId.toString(),
				"emergency access=" + access.getId() + " purpose=" + access.getReason());
		return views.view(child, infos.findByChildId(childId), access);
	}

	@Override
	public EmergencySheet printSheet(UUID childId) {
		Child child = child(childId);
		EmergencyAccess access = requireOpen(childId);
		audit.record(AuditAction.READ, EmergencyInfoService.TARGET, childId.toString(),
				"emergency sheet under access=" + access.getId() + " purpose=" + access.getReason());
		return printer.print(child);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmergencyAccessGrant> accessesForReview() {
		checkDirector();
		List<EmergencyAccessGrant> all = accesses.findForReview().stream().map(views::grant).toList();
		audit.record(AuditAction.READ, TARGET, null, "review list: " + all.size() + " accesses");
		return all;
	}

	@Override
	public void markReviewed(UUID accessId, long version, @Nullable String comment) {
		checkDirector();
		EmergencyAccess access = accesses.findById(accessId)
			.orElseThrow(() -> new RecordNotFoundException(TARGET, accessId));
		access.checkVersion(version);
		access.markReviewed(CurrentUsers.require().username(), clock.instant(), comment);
		accesses.saveAndFlush(access);
		audit.record(AuditAction.UPDATE, TARGET, access.getChildId().toString(),
				"access=" + accessId + " reviewed");
	}

	private EmergencyAccess requireOpen(UUID childId) {
		CurrentUser user = CurrentUsers.require();
		return accesses.findOpenAccess(childId, user.username(), clock.instant())
			.orElseThrow(() -> new AccessDeniedException(
					"No open emergency access of " + user.username() + " to child " + childId));
	}

	private static void checkMayAsk(CurrentUser user) {
		if (!EmergencyAccess.MAY_ASK.contains(user.role())) {
			throw new AccessDeniedException("Role " + user.role() + " may not ask for emergency access");
		}
	}

	private static void checkDirector() {
		if (CurrentUsers.require().role() != Role.CENTER_DIRECTOR) {
			throw new AccessDeniedException("Only the センター長 reviews emergency accesses");
		}
	}

	private static String kana(String text) {
		return KanaText.toKatakana(KanaText.normalise(text)).replaceAll("\\s", "");
	}

	private Child child(UUID childId) {
		return children.findActive(childId)
			.orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, childId));
	}
}

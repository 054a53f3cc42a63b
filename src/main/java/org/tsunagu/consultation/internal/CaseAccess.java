package org.tsunagu.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The checks every case use case starts with: the caller's role may work on consultations, the case is in
 * the caller's 圏域, and what time it is (from the injected {@link Clock}, so tests control "today").
 */
@Component
class CaseAccess {

	static final String TARGET = "ConsultationCase";

	private final CaseRepository cases;

	private final Clock clock;

	CaseAccess(CaseRepository cases, ObjectProvider<Clock> clock) {
		this.cases = cases;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The caller, who must be allowed into the consultation area (センター長, 相談員, 看護師, 保健福祉事務所). */
	CurrentUser worker() {
		CurrentUser user = CurrentUsers.require();
		if (!user.mayOpen(Area.CONSULTATION)) {
			throw new AccessDeniedException("Role " + user.role() + " does not work on cases");
		}
		return user;
	}

	/** The caller, who must be the センター長. */
	CurrentUser director() {
		CurrentUser user = worker();
		if (user.role() != Role.CENTER_DIRECTOR) {
			throw new AccessDeniedException("Only the center director decides this, not " + user.role());
		}
		return user;
	}

	Actor actor() {
		return new Actor(worker().displayName(), clock.instant(), today());
	}

	LocalDate today() {
		return clock.instant().atZone(JapaneseDates.JST).toLocalDate();
	}

	/** A case the caller may change: it must be in the caller's 圏域. */
	ConsultationCase forWork(UUID id) {
		ConsultationCase found = load(id);
		worker().scope().checkRegion(found.getRegionName());
		return found;
	}

	/** A case the caller may see: in the caller's 圏域, or being handed to it. */
	ConsultationCase forView(UUID id) {
		ConsultationCase found = load(id);
		var scope = worker().scope();
		if (!scope.permitsRegion(found.getHandoverRegion())) {
			scope.checkRegion(found.getRegionName());
		}
		return found;
	}

	/** A case being handed over, for the receiving side: the caller must reach the target 圏域. */
	ConsultationCase forReceiving(UUID id) {
		ConsultationCase found = load(id);
		worker().scope().checkRegion(found.getHandoverRegion());
		return found;
	}

	private ConsultationCase load(UUID id) {
		return cases.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}
}

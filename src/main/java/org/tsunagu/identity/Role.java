package org.tsunagu.identity;

/**
 * What a user does at the center or outside it. A role decides which {@link Area areas} a user may open and
 * how far their {@link AccessScope scope} reaches.
 */
public enum Role {

	/** センター長: runs the center, sees all of its work and approves. */
	CENTER_DIRECTOR(ScopeKind.ALL),

	/** 相談員: handles consultations and the children's records. */
	CONSULTANT(ScopeKind.ALL),

	/** 看護師: handles consultations and care profiles; goes out as supervisor. */
	NURSE(ScopeKind.ALL),

	/** 事務員: trainings, meetings, publishing and institutions; no children's personal records. */
	CLERK(ScopeKind.ALL),

	/** 県担当: prefecture staff; councils, statistics and publishing, no personal records. */
	PREFECTURE(ScopeKind.ALL),

	/** 保健福祉事務所: a prefectural health and welfare office, limited to its own 圏域. */
	HEALTH_OFFICE(ScopeKind.REGION),

	/** 関係機関: a user of an outside organisation, limited to what is shared with it. */
	INSTITUTION(ScopeKind.ORGANISATION),

	/** システム管理者: users, reference data and the audit log; no personal records. */
	ADMIN(ScopeKind.ALL);

	private final ScopeKind scopeKind;

	Role(ScopeKind scopeKind) {
		this.scopeKind = scopeKind;
	}

	/** How far a user of this role reaches. */
	public ScopeKind scopeKind() {
		return scopeKind;
	}

	/** The Spring Security authority of this role ({@code ROLE_CONSULTANT}). */
	public String authority() {
		return "ROLE_" + name();
	}
}

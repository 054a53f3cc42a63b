package org.tsunagu.council;

/**
 * A member's role in the council.
 */
public enum MemberRole {

	/** 会長. */
	CHAIR,

	/** 副会長. */
	VICE_CHAIR,

	/** 委員. */
	MEMBER,

	/** 事務局. */
	SECRETARIAT,

	/** オブザーバー. */
	OBSERVER
}

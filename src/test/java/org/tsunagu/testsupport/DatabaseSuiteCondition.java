package org.tsunagu.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips — or, when required, fails — a database suite whose PostgreSQL pass cannot reach PostgreSQL.
 */
class DatabaseSuiteCondition implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		if (TestDatabase.isPostgres() && TestDatabase.url() == null) {
			RequiredSuites.unavailable("postgres", String.valueOf(TestDatabase.unavailableReason()));
		}
	}
}

package org.tsunagu.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link ProcessTest} in the PostgreSQL pass only: one process-level run per build is enough, and the
 * application processes use PostgreSQL (their scratch databases are checked by {@link ScratchDatabase#create}).
 */
class ProcessSuiteCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return TestDatabase.isPostgres() ? ConditionEvaluationResult.enabled("PostgreSQL pass")
				: ConditionEvaluationResult.disabled("process-level suite: runs in the PostgreSQL pass");
	}
}

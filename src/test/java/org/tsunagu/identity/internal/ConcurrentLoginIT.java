package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * One person logging in on two devices at the same moment: both logins succeed. The load benchmark found the
 * second one failing with an optimistic-lock error (HTTP 500) when the last-login time was a versioned update.
 */
@DatabaseTest
class ConcurrentLoginIT {

	private static final String USERNAME = "concurrent-login-test";

	@Autowired
	UserAccountService accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	UserManagement users;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aLoginThatOverlapsAnotherOfTheSameUserStillCompletes() {
		users.createUserWithPassword(new NewUser(USERNAME, "試験 湊", Role.NURSE, null, null), "Tsunagu-IT-password-2026");
		long version = repository.findByUsername(USERNAME).orElseThrow().getVersion();
		Instant first = Instant.parse("2026-06-01T00:00:00Z");
		TransactionTemplate other = new TransactionTemplate(transactions);
		other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			repository.findByUsername(USERNAME).orElseThrow();
			other.executeWithoutResult(inner -> accounts.passwordAccepted(USERNAME, first));
			accounts.passwordAccepted(USERNAME, first.plusSeconds(1));
		});

		UserAccount stored = repository.findByUsername(USERNAME).orElseThrow();
		assertThat(stored.getLastLoginAt()).isEqualTo(first.plusSeconds(1));
		assertThat(stored.getVersion()).as("a login is not an edit of the account").isEqualTo(version);
	}
}

package org.tsunagu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tsunagu.audit.AuditAction;

class JpaAuditLogTests {

	private static final Instant NOW = Instant.parse("2026-11-25T07:10:00Z");

	private final AuditEntryRepository entries = mock(AuditEntryRepository.class);

	private final AuditWriteBehind writeBehind = mock(AuditWriteBehind.class);

	private final JpaAuditLog auditLog = new JpaAuditLog(entries, Clock.fixed(NOW, ZoneOffset.UTC),
			mock(PlatformTransactionManager.class), writeBehind);

	@AfterEach
	void clearContexts() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
	}

	@Test
	void queuesAReadFromAReadOnlyTransactionForTheWriterInsteadOfWritingIt() {
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		when(writeBehind.offer(any())).thenReturn(true);

		auditLog.record(AuditAction.READ, "Child", "c-1", null);

		ArgumentCaptor<AuditEntry> queued = ArgumentCaptor.forClass(AuditEntry.class);
		verify(writeBehind).offer(queued.capture());
		assertThat(queued.getValue().getTargetId()).isEqualTo("c-1");
		assertThat(queued.getValue().getOccurredAt()).isEqualTo(NOW);
		verify(entries, never()).save(any());
	}

	@Test
	void writesAReadAtOnceWhenTheWriterDoesNotTakeIt() {
		TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
		when(writeBehind.offer(any())).thenReturn(false);

		auditLog.record(AuditAction.READ, "Child", "c-2", null);

		assertThat(saved().getTargetId()).isEqualTo("c-2");
	}

	@Test
	void neverQueuesAChangeItJoinsTheChangesTransaction() {
		auditLog.record(AuditAction.UPDATE, "Child", "c-3", null);

		verify(writeBehind, never()).offer(any());
		assertThat(saved().getTargetId()).isEqualTo("c-3");
	}

	@Test
	void recordsTheLoggedInUserAtTheTimeOfTheClock() {
		logIn("yamada-test");

		auditLog.record(AuditAction.UPDATE, "Municipality", "202011", "名称を変更");

		AuditEntry entry = saved();
		assertThat(entry.getActor()).isEqualTo("yamada-test");
		assertThat(entry.getOccurredAt()).isEqualTo(NOW);
		assertThat(entry.getAction()).isEqualTo(AuditAction.UPDATE);
		assertThat(entry.getTargetType()).isEqualTo("Municipality");
		assertThat(entry.getTargetId()).isEqualTo("202011");
		assertThat(entry.getDetail()).isEqualTo("名称を変更");
	}

	@Test
	void recordsSystemWhenNobodyIsLoggedIn() {
		auditLog.record(AuditAction.CREATE, "Region", null, null);

		assertThat(saved().getActor()).isEqualTo("system");
	}

	@Test
	void recordsSystemForAnAnonymousVisitor() {
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		auditLog.record(AuditAction.READ, "Child", "c-1", null);

		assertThat(saved().getActor()).isEqualTo("system");
	}

	@Test
	void truncatesALongDetailTo500CharactersWithAnEllipsis() {
		auditLog.record(AuditAction.UPDATE, "Child", "c-1", "あ".repeat(600));

		String detail = saved().getDetail();
		assertThat(detail).hasSize(500).endsWith(Truncation.ELLIPSIS).startsWith("あああ");
	}

	@Test
	void keepsADetailOfExactly500Characters() {
		auditLog.record(AuditAction.UPDATE, "Child", "c-1", "x".repeat(500));

		assertThat(saved().getDetail()).isEqualTo("x".repeat(500));
	}

	@Test
	void neverSplitsACharacterOutsideTheBasicPlane() {
		String detail = "𠮷".repeat(501);

		auditLog.record(AuditAction.UPDATE, "Child", "c-1", detail);

		String saved = saved().getDetail();
		assertThat(saved.codePointCount(0, saved.length())).isEqualTo(500);
		assertThat(saved).startsWith("𠮷").endsWith(Truncation.ELLIPSIS);
	}

	@Test
	void recordsTheClientAddressOfTheCurrentRequestIgnoringForwardedHeaders() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("192.0.2.10");
		request.addHeader("X-Forwarded-For", "203.0.113.99");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		auditLog.record(AuditAction.EXPORT, "AuditEntry", null, null);

		assertThat(saved().getRemoteAddress()).isEqualTo("192.0.2.10");
	}

	@Test
	void recordsNoAddressOutsideARequest() {
		auditLog.record(AuditAction.CREATE, "Region", null, null);

		assertThat(saved().getRemoteAddress()).isNull();
	}

	@Test
	void recordsAGivenActorForSecurityEvents() {
		auditLog.recordAs("unverified:nobody", AuditAction.LOGIN_FAILURE, "UserAccount", "nobody",
				"BadCredentialsException");

		assertThat(saved().getActor()).isEqualTo("unverified:nobody");
	}

	private static void logIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	private AuditEntry saved() {
		ArgumentCaptor<AuditEntry> captor = ArgumentCaptor.forClass(AuditEntry.class);
		verify(entries).save(captor.capture());
		return captor.getValue();
	}
}

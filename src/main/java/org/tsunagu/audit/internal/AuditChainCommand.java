package org.tsunagu.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tsunagu.audit.AuditChain;
import org.tsunagu.audit.ChainVerification;

/**
 * The operators' check of the audit chain, without a browser:
 * {@code java -jar tsunagu.jar --tsunagu.audit.verify-chain=true --spring.main.web-application-type=none}.
 * Prints the result and exits with 0 when the chain is intact, 3 when it is broken.
 */
@Component
@ConditionalOnProperty("tsunagu.audit.verify-chain")
@Order(0)
class AuditChainCommand implements ApplicationRunner {

	static final int BROKEN_EXIT_CODE = 3;

	private final AuditChain chain;

	private final ConfigurableApplicationContext context;

	AuditChainCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		chain.sealPending();
		ChainVerification result = chain.verify();
		System.out.println(describe(result));
		int code = result.intact() ? 0 : BROKEN_EXIT_CODE;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	static String describe(ChainVerification result) {
		if (result.intact()) {
			return "Audit chain intact: " + result.checkedEntries() + " entries checked, " + result.unsealedEntries()
					+ " not yet sealed.";
		}
		return "Audit chain BROKEN at entry " + result.brokenAtIndex()
				+ (result.brokenEntryId() == null ? " (missing)" : " (id " + result.brokenEntryId() + ")") + " after "
				+ result.checkedEntries() + " intact entries.";
	}
}

package org.tsunagu.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;

/**
 * First start outside the demo: creates one administrator whose one-time password is written to the log
 * once and must be changed at the first login. Later starts do nothing.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "false", matchIfMissing = true)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String ADMIN_USERNAME = "admin";

	private final UserManagement users;

	AdminBootstrap(UserManagement users) {
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.hasUsers()) {
			return;
		}
		String oneTime = users.createUser(new NewUser(ADMIN_USERNAME, "システム管理者", Role.ADMIN, null, null))
			.password();
		log.warn("""

				==============================================================
				 Tsunagu: first start. Administrator created.
				   user name: {}
				   one-time password: {}
				 Log in and choose a new password now. This is shown only once.
				==============================================================""", ADMIN_USERNAME, oneTime);
	}
}

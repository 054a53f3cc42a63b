package org.tsunagu.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.FictionalNames;

/**
 * Demo users, one or more per role, with one health office user per 圏域 and institution users in several
 * regions. Deterministic from the demo seed; created once (a restart keeps the data).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	/** Fictional institutions: name and 圏域. */
	static final List<String[]> INSTITUTIONS = List.of(new String[] { "架空訪問看護ステーションみほん", "松本" },
			new String[] { "見本こども発達支援センター", "長野" }, new String[] { "試験市立架空特別支援学校", "上伊那" });

	/** The published authenticator key of the demo user {@code nurse-mfa} (README), fictional like all demo data. */
	static final String MFA_DEMO_SECRET = "TSUNAGUDEMOSECRETKEYFORNURSEMFA2";

	private final UserManagement users;

	private final ReferenceData reference;

	private final SecondFactors secondFactors;

	private final TotpCodes totp;

	private final long seed;

	private final String password;

	DemoUsers(UserManagement users, ReferenceData reference, SecondFactors secondFactors, TotpCodes totp,
			@Value("${tsunagu.demo.seed}") long seed, @Value("${tsunagu.demo.password}") String password) {
		this.users = users;
		this.reference = reference;
		this.secondFactors = secondFactors;
		this.totp = totp;
		this.seed = seed;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.hasUsers()) {
			return;
		}
		FictionalNames names = new FictionalNames(seed);
		create("director", names.next().kanji(), Role.CENTER_DIRECTOR, null, null);
		create("consultant", names.next().kanji(), Role.CONSULTANT, null, null);
		create("consultant2", names.next().kanji(), Role.CONSULTANT, null, null);
		create("nurse", names.next().kanji(), Role.NURSE, null, null);
		create("clerk", names.next().kanji(), Role.CLERK, null, null);
		create("prefecture", names.next().kanji(), Role.PREFECTURE, null, null);
		create("admin", names.next().kanji(), Role.ADMIN, null, null);
		List<RegionView> regions = reference.regions(false);
		for (RegionView region : regions) {
			create(officeUsername(region), names.next().kanji(), Role.HEALTH_OFFICE, region.name(), null);
		}
		for (int i = 0; i < INSTITUTIONS.size(); i++) {
			create("institution" + (i + 1), names.next().kanji(), Role.INSTITUTION, null, INSTITUTIONS.get(i)[0]);
		}
		// Someone with an authenticator app, to try the code at login, re-authentication and the administrator's reset.
		create("nurse-mfa", names.next().kanji(), Role.NURSE, null, null);
		secondFactors.completeEnrolment("nurse-mfa", MFA_DEMO_SECRET, totp.currentCode(MFA_DEMO_SECRET));
		log.info("Demo users created: {} health office users, {} institution users (password in README)",
				regions.size(), INSTITUTIONS.size());
	}

	/** office-01 … office-10, in the regions' display order. */
	static String officeUsername(RegionView region) {
		return "office-%02d".formatted(region.sortOrder());
	}

	private void create(String username, String displayName, Role role, String region, String organisation) {
		users.createUserWithPassword(new NewUser(username, displayName, role, region, organisation), password);
	}
}

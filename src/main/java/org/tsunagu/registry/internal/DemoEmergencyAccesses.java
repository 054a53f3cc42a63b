package org.tsunagu.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;

/**
 * Demo only: two past emergency accesses by the health office user office-07 to children of other 圏域,
 * expired and awaiting the センター長's review, so the review list shows something. Runs once.
 */
@Component
@Order(47)
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
class DemoEmergencyAccesses implements ApplicationRunner {

	static final String OFFICE = "office-07";

	private static final Logger log = LoggerFactory.getLogger(DemoEmergencyAccesses.class);

	private static final List<String> REASONS = List.of(
			"（デモ）救急隊から搬送先の問い合わせがあり、医療的ケアの内容を確認するため",
			"（デモ）台風による停電で、電源が必要な医療機器と家族の連絡先を確認するため");

	private final EmergencyAccessRepository accesses;

	private final ChildRepository children;

	private final UserManagement users;

	private final Clock clock;

	DemoEmergencyAccesses(EmergencyAccessRepository accesses, ChildRepository children, UserManagement users,
			Clock clock) {
		this.accesses = accesses;
		this.children = children;
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UserSummary office = office();
		if (accesses.count() > 0 || office == null) {
			return;
		}
		CurrentUser user = new CurrentUser(office.id(), office.username(), office.displayName(), Role.HEALTH_OFFICE,
				office.regionName(), null);
		List<Child> outside = children.findAll(Sort.by("familyNameKana", "givenNameKana", "birthDate"))
			.stream()
			.filter(child -> !child.getRegionName().equals(office.regionName()) && !child.isDeleted())
			.limit(REASONS.size())
			.toList();
		Instant now = clock.instant();
		for (int i = 0; i < outside.size(); i++) {
			UUID childId = outside.get(i).getId();
			Instant grantedAt = now.minus(Duration.ofDays(2L + 3L * i)).minusSeconds(3600L * (5 + i));
			accesses.save(EmergencyAccess.grant(childId, user, REASONS.get(i), grantedAt, Duration.ofHours(3)));
		}
		log.info("Demo emergency accesses: {} awaiting review", outside.size());
	}

	private @Nullable UserSummary office() {
		return users.findUsers(Role.HEALTH_OFFICE, OFFICE, Pageable.ofSize(5))
			.stream()
			.filter(user -> user.username().equals(OFFICE))
			.findFirst()
			.orElse(null);
	}
}

package org.tsunagu.council.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilTopic;
import org.tsunagu.council.MemberField;
import org.tsunagu.council.MemberRole;
import org.tsunagu.reference.DepartmentView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.TabularFile;

/**
 * Creates the prefecture's councils at start from the reference data, which a migration cannot know: the
 * 全県会議, one 圏域会議 per 圏域 (held by its 保健福祉事務所) and the 庁内連携会議 with the 別表 departments as
 * members. Idempotent: a council that exists is left alone, a new 圏域 gets its council on the next start.
 * Runs after the reference loader.
 */
@Component
@Order(85)
class CouncilSetup implements ApplicationRunner {

	static final String UNNAMED_CONTACT = "担当者未登録";

	private static final Logger LOG = LoggerFactory.getLogger(CouncilSetup.class);

	private final CouncilSettings settings;

	private final ResourceLoader resources;

	private final CouncilRepository councils;

	private final CouncilMemberRepository members;

	private final ReferenceData reference;

	private final AuditLog audit;

	CouncilSetup(CouncilSettings settings, ResourceLoader resources, CouncilRepository councils,
			CouncilMemberRepository members, ReferenceData reference, AuditLog audit) {
		this.settings = settings;
		this.resources = resources;
		this.councils = councils;
		this.members = members;
		this.reference = reference;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		Map<CouncilKind, List<CouncilTopic>> topics = topics();
		int created = 0;
		if (!councils.existsByKind(CouncilKind.PREFECTURE)) {
			councils.save(new Council(CouncilKind.PREFECTURE, settings.prefectureName(), null,
					settings.prefectureHolder(), 0, topics.get(CouncilKind.PREFECTURE)));
			created++;
		}
		for (RegionView region : reference.regions(false)) {
			if (councils.findByKindAndRegionName(CouncilKind.REGION, region.name()).isEmpty()) {
				councils.save(new Council(CouncilKind.REGION, settings.regionName().replace("{0}", region.name()),
						region.name(), region.office(), region.sortOrder(), topics.get(CouncilKind.REGION)));
				created++;
			}
		}
		if (!councils.existsByKind(CouncilKind.INTERNAL)) {
			Council internal = councils.save(new Council(CouncilKind.INTERNAL, settings.internalName(), null,
					settings.internalHolder(), 1000, topics.get(CouncilKind.INTERNAL)));
			addDepartments(internal);
			created++;
		}
		if (created > 0) {
			audit.record(AuditAction.CREATE, CouncilGate.TARGET, null, created + " councils set up");
			LOG.info("Councils set up: {}", created);
		}
	}

	/** The 別表 departments as members from the start of the 年度; contact persons are entered later. */
	private void addDepartments(Council internal) {
		LocalDate from = LocalDate.of(CouncilService.fiscalYear(JapaneseDates.today()), 4, 1);
		for (DepartmentView department : reference.departments(false)) {
			MemberField field = department.bureau() == null ? MemberField.SUPPORT_CENTER : MemberField.ADMINISTRATION;
			members.save(new CouncilMember(internal.getId(), UNNAMED_CONTACT, department.label(), department.id(),
					field, MemberRole.MEMBER, from, null, null));
		}
	}

	/** The 会議事項 per kind of council; every kind must have some. */
	Map<CouncilKind, List<CouncilTopic>> topics() {
		try (InputStream in = resources.getResource(settings.topicsFile()).getInputStream()) {
			TabularFile file = TabularFile.read("council-topics.csv", in.readAllBytes());
			Map<CouncilKind, List<CouncilTopic>> topics = new EnumMap<>(CouncilKind.class);
			for (CouncilKind kind : CouncilKind.values()) {
				topics.put(kind, new ArrayList<>());
			}
			for (List<String> row : file.rows()) {
				topics.get(CouncilKind.valueOf(row.get(0).strip())).add(new CouncilTopic(row.get(1).strip(), row.get(2).strip()));
			}
			topics.forEach((kind, list) -> {
				if (list.isEmpty()) {
					throw new IllegalStateException(settings.topicsFile() + " has no 会議事項 for " + kind);
				}
			});
			return topics;
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot read " + settings.topicsFile(), exception);
		}
	}
}

package org.tsunagu.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.privacy.AccessLogEntry;
import org.tsunagu.privacy.ChildDisclosure;
import org.tsunagu.privacy.Disclosure;
import org.tsunagu.privacy.DisclosureFile;
import org.tsunagu.shared.ChildDataRecord;
import org.tsunagu.shared.ChildDataSection;

/**
 * Gathers every {@link ChildDataSection} for one child, adds the 閲覧記録 from the audit log and exports both.
 * The modules' sections do not check or audit; this service does both, once per request.
 */
@Service
@Transactional(readOnly = true)
class DisclosureService implements ChildDisclosure {

	static final String TARGET = "ChildDisclosure";

	/** More entries than any child's history should have; the export says so if it is ever reached. */
	static final int ACCESS_LOG_LIMIT = 5000;

	private final List<ChildDataSection> sections;

	private final AuditQueries auditQueries;

	private final AuditLog audit;

	private final DisclosurePdf pdf;

	private final DisclosureJson json;

	private final Clock clock;

	DisclosureService(List<ChildDataSection> sections, AuditQueries auditQueries, AuditLog audit, DisclosurePdf pdf,
			DisclosureJson json, Clock clock) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ChildDataSection::order)).toList();
		this.auditQueries = auditQueries;
		this.audit = audit;
		this.pdf = pdf;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Disclosure disclose(UUID childId) {
		checkDirector();
		audit.record(AuditAction.READ, TARGET, childId.toString(), "purpose=disclosure request");
		return gather(childId);
	}

	@Override
	public List<AccessLogEntry> accessLog(UUID childId) {
		checkDirector();
		audit.record(AuditAction.READ, TARGET, childId.toString(), "purpose=access log");
		return log(childId, ids(childId, collect(childId)));
	}

	@Override
	public DisclosureFile exportPdf(UUID childId) {
		checkDirector();
		Disclosure disclosure = gather(childId);
		audit.record(AuditAction.EXPORT, TARGET, childId.toString(), "purpose=disclosure request pdf");
		return new DisclosureFile("disclosure-" + childId + ".pdf", "application/pdf", pdf.render(disclosure));
	}

	@Override
	public DisclosureFile exportJson(UUID childId) {
		checkDirector();
		Disclosure disclosure = gather(childId);
		audit.record(AuditAction.EXPORT, TARGET, childId.toString(), "purpose=disclosure request json");
		return new DisclosureFile("disclosure-" + childId + ".json", "application/json",
				json.write(disclosure).getBytes(StandardCharsets.UTF_8));
	}

	private Disclosure gather(UUID childId) {
		List<Disclosure.Section> collected = collect(childId);
		return new Disclosure(childId, clock.instant(), CurrentUsers.require().username(), collected,
				log(childId, ids(childId, collected)));
	}

	private List<Disclosure.Section> collect(UUID childId) {
		return sections.stream()
			.map(section -> new Disclosure.Section(section.key(), section.title(), section.collect(childId)))
			.toList();
	}

	/** The child's id and the id of every record held about the child: the audit entries name these. */
	private static Set<String> ids(UUID childId, List<Disclosure.Section> collected) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(childId.toString());
		collected.stream()
			.flatMap(section -> section.records().stream())
			.map(ChildDataRecord::id)
			.filter(Objects::nonNull)
			.forEach(ids::add);
		return ids;
	}

	private List<AccessLogEntry> log(UUID childId, Set<String> ids) {
		return auditQueries.findConcerning(ids, ACCESS_LOG_LIMIT)
			.stream()
			.map(entry -> new AccessLogEntry(entry.occurredAt(), entry.actor(), entry.action().name(),
					entry.targetType(), entry.detail()))
			.toList();
	}

	private static void checkDirector() {
		CurrentUser user = CurrentUsers.require();
		if (user.role() != Role.CENTER_DIRECTOR) {
			throw new AccessDeniedException("Only the センター長 answers disclosure requests, not " + user.role());
		}
	}
}

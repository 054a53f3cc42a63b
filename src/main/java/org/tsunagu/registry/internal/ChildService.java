package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistered;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.KanaText;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The registry's use cases: scope-checked, audited, versioned.
 */
@Service
@Transactional
class ChildService implements ChildManagement {

	static final String TARGET = "Child";

	private final ChildRepository children;

	private final ChildAccessPolicy access;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ChildNameIndex nameIndex;

	ChildService(ChildRepository children, ChildAccessPolicy access, ReferenceData reference, AuditLog audit,
			ApplicationEventPublisher events, ChildNameIndex nameIndex) {
		this.children = children;
		this.nameIndex = nameIndex;
		this.access = access;
		this.reference = reference;
		this.audit = audit;
		this.events = events;
	}

	@Override
	public UUID register(ChildInput input) {
		MunicipalityView municipality = municipality(input.municipalityCode());
		access.checkMayEditIn(municipality.regionName());
		Child child = new Child(ChildData.of(input, municipality.regionName()));
		child.replaceFamily(family(input.family()));
		children.save(child);
		audit.record(AuditAction.CREATE, TARGET, child.getId().toString(), "region=" + municipality.regionName());
		events.publishEvent(new ChildRegistered(child.getId()));
		return child.getId();
	}

	@Override
	public int importAll(List<ChildInput> inputs) {
		inputs.forEach(this::register);
		audit.record(AuditAction.CREATE, TARGET, null, "import: " + inputs.size() + " children");
		return inputs.size();
	}

	@Override
	public void update(UUID id, long version, ChildInput input) {
		Child child = load(id);
		access.checkEditable(child);
		child.checkVersion(version);
		MunicipalityView municipality = municipality(input.municipalityCode());
		access.checkMayEditIn(municipality.regionName());
		child.apply(ChildData.of(input, municipality.regionName()));
		child.replaceFamily(family(input.family()));
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "region=" + municipality.regionName());
	}

	@Override
	public void changeStatus(UUID id, long version, ChildStatus status, LocalDate date, @Nullable String reason) {
		Child child = load(id);
		access.checkEditable(child);
		child.checkVersion(version);
		child.changeStatus(status, date, reason);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "status=" + status);
	}

	@Override
	@Transactional(readOnly = true)
	public ChildDetails get(UUID id) {
		Child child = load(id);
		access.checkReadable(child);
		audit.record(AuditAction.READ, TARGET, id.toString(), null);
		return ChildViews.details(child, municipalityName(child.getMunicipalityCode()));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ChildListItem> search(ChildFilter filter, Pageable pageable) {
		return matching(filter).map(spec -> {
			Map<String, String> names = municipalityNames();
			return children.findAll(spec, pageable).map(child -> ChildViews.listItem(child, names));
		}).orElseGet(() -> Page.empty(pageable));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> findIds(ChildFilter filter, int limit) {
		// The first rows only: the page's count would read every child again for each search word.
		return matching(filter)
			.map(spec -> children.findBy(spec, query -> query.limit(limit).all()).stream().map(Child::getId).toList())
			.orElseGet(List::of);
	}

	/** The filters within the caller's scope; none when the name index rules every child out, so nothing is asked. */
	private Optional<Specification<Child>> matching(ChildFilter filter) {
		var named = nameIndex.candidates(filter.text());
		return named.none() ? Optional.empty()
				: Optional.of(ChildSpecifications.matching(filter, named, CurrentUsers.require().scope(),
						JapaneseDates.today()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChildListItem> findPossibleDuplicates(ChildInput input) {
		List<String> phones = input.family()
			.stream()
			.map(FamilyMemberInput::phone)
			.filter(Objects::nonNull)
			.map(ChildService::digits)
			.filter(phone -> !phone.isEmpty())
			.toList();
		var scope = CurrentUsers.require().scope();
		Map<String, String> names = municipalityNames();
		return children
			.findPossibleDuplicates(input.birthDate(), KanaText.toKatakana(input.familyNameKana()),
					KanaText.toKatakana(input.givenNameKana()), phones.isEmpty() ? List.of("-") : phones)
			.stream()
			.filter(child -> scope.permitsRegion(child.getRegionName()))
			.map(child -> ChildViews.listItem(child, names))
			.toList();
	}

	private Child load(UUID id) {
		return children.findActive(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private MunicipalityView municipality(String code) {
		if (!MunicipalityCode.isValid(code)) {
			throw new UnknownMunicipalityException(code);
		}
		return reference.municipality(new MunicipalityCode(code))
			.orElseThrow(() -> new UnknownMunicipalityException(code));
	}

	private String municipalityName(String code) {
		return MunicipalityCode.isValid(code)
				? reference.municipality(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code) : code;
	}

	private Map<String, String> municipalityNames() {
		return reference.municipalities(null)
			.stream()
			.collect(Collectors.toMap(m -> m.code().value(), MunicipalityView::name, (a, b) -> a));
	}

	/** Family members as stored: kana in katakana, phone numbers as digits. */
	static List<FamilyMember> family(List<FamilyMemberInput> members) {
		return IntStream.range(0, members.size()).mapToObj(i -> {
			FamilyMemberInput member = members.get(i);
			return new FamilyMember(member.name().strip(),
					member.kana() == null ? null : KanaText.toKatakana(member.kana()), member.relationship().strip(),
					member.phone() == null ? null : digits(member.phone()), member.email(), member.primaryContact(), i);
		}).toList();
	}

	/** Phone numbers are stored as digits only, so 026-235-7185 and 0262357185 match. */
	static String digits(String phone) {
		return KanaText.normalise(phone).replaceAll("[^0-9]", "");
	}
}

package org.tsunagu.reference.internal;

import org.tsunagu.shared.KanaText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * What an administrator does with 市町村: find them and correct them. Every change is checked against the
 * version the administrator saw and written to the audit log.
 */
@Service
public class MunicipalityAdministration {

	/** Sort keys of the list and what they sort by; the region sorts in region display order. */
	private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "kana", "kana",
			"region", "region.sortOrder");

	private static final char ESCAPE = '\\';

	private final MunicipalityRepository municipalities;

	private final RegionRepository regions;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	MunicipalityAdministration(MunicipalityRepository municipalities, RegionRepository regions, AuditLog auditLog,
			ApplicationEventPublisher events) {
		this.municipalities = municipalities;
		this.regions = regions;
		this.auditLog = auditLog;
		this.events = events;
	}

	/** A page of municipalities matching the search, sorted by code unless another sort key is given. */
	@Transactional(readOnly = true)
	public Page<Municipality> search(MunicipalitySearch search, Pageable pageable) {
		Sort requested = Sort.by(pageable.getSort()
			.stream()
			.filter(order -> SORTABLE.containsKey(order.getProperty()))
			.toList());
		List<Sort.Order> orders = new ArrayList<>();
		requested.forEach(order -> orders.add(order.withProperty(SORTABLE.get(order.getProperty()))));
		orders.add(Sort.Order.asc("code"));
		Page<Municipality> page = municipalities.findAll(matching(search),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders)));
		// The page reports the sort keys the screen knows (region), not the column behind them.
		return new PageImpl<>(page.getContent(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), requested), page.getTotalElements());
	}

	/** The municipality with the code. */
	@Transactional(readOnly = true)
	public Municipality find(String code) {
		return municipalities.findByCode(code).orElseThrow(() -> new RecordNotFoundException("Municipality", code));
	}

	/**
	 * Applies an administrator's edit.
	 *
	 * @throws org.tsunagu.shared.StaleRecordException when someone else changed it since it was read
	 */
	@Transactional
	public Municipality update(String code, MunicipalityChange change) {
		Municipality municipality = find(code);
		municipality.checkVersion(change.version());
		Region region = regions.findByName(change.regionName())
			.orElseThrow(() -> new RecordNotFoundException("Region", change.regionName()));
		boolean retiring = change.retired() && !municipality.isRetired();
		municipality.change(change.name().strip(), KanaText.toHiragana(change.kana()), region);
		municipality.markRetired(change.retired());
		auditLog.record(retiring ? AuditAction.DELETE : AuditAction.UPDATE, "Municipality", code,
				"name=%s, region=%s, retired=%s".formatted(municipality.getName(), region.getName(), change.retired()));
		events.publishEvent(new ReferenceDataChanged("Municipality"));
		return municipality;
	}

	private static Specification<Municipality> matching(MunicipalitySearch search) {
		return (root, query, builder) -> {
			var conditions = new ArrayList<jakarta.persistence.criteria.Predicate>();
			if (hasText(search.region())) {
				conditions.add(builder.equal(root.get("region").get("name"), search.region()));
			}
			if (hasText(search.text())) {
				String text = search.text();
				conditions.add(builder.or(builder.like(root.get("name"), contains(KanaText.normalise(text)), ESCAPE),
						builder.like(root.get("name"), contains(KanaText.withSmallKe(text)), ESCAPE),
						builder.like(root.get("kana"), contains(KanaText.toHiragana(text)), ESCAPE)));
			}
			return builder.and(conditions.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static String contains(String text) {
		// Users search for names, not patterns: % and _ are matched literally.
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}

package org.tsunagu.consultation.internal;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResultTotal;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseSearchHit;
import org.tsunagu.consultation.CaseSearchQuery;
import org.tsunagu.consultation.ConsultationSearch;
import org.tsunagu.consultation.ConsultationSearchHit;
import org.tsunagu.consultation.ConsultationSearchQuery;
import org.tsunagu.consultation.SearchIndexStatus;
import org.tsunagu.consultation.SearchOrder;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.shared.CappedCount;
import org.tsunagu.shared.CappedPage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The full-text search: the caller's 圏域 is a filter of the query, and every hit loaded from the database is
 * checked against the scope once more — a stale index must not show another 圏域's consultation.
 */
@Service
@Transactional(readOnly = true)
class ConsultationSearchService implements ConsultationSearch {

	private static final Logger log = LoggerFactory.getLogger(ConsultationSearchService.class);

	static final int MAX_OWNERS = 200;

	private static final UUID NO_CONSULTATION = new UUID(0, 0);

	/** The entities in the search index. */
	private static final List<Class<?>> INDEXED = List.of(Consultation.class, ConsultationCase.class);

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final ConsultationRepository consultations;

	private final AuditLog audit;

	private final WebSubmissionRepository webSubmissions;

	private final ChildNameLookup childNames;

	private final CaseRepository cases;

	private @Nullable Cache<AccessScope, List<String>> ownersByScope;

	ConsultationSearchService(EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			ConsultationRepository consultations, CaseRepository cases, AuditLog audit,
			WebSubmissionRepository webSubmissions, ChildNameLookup childNames) {
		this.cases = cases;
		this.webSubmissions = webSubmissions;
		this.childNames = childNames;
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.consultations = consultations;
		this.audit = audit;
	}

	@org.springframework.beans.factory.annotation.Autowired
	void ownerListCache(@Value("${tsunagu.consultation.search.owner-list-cache:PT1M}") Duration timeToLive) {
		this.ownersByScope = timeToLive.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(100).build();
	}

	@Override
	public Page<ConsultationSearchHit> search(ConsultationSearchQuery query, Pageable pageable) {
		AccessScope scope = callerScope();
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return Page.empty(pageable);
		}
		CappedCount.checkOffset(pageable);
		@Nullable UUID referenced = referencedConsultation(query.text());
		ConsultationSearchQuery filters = referenced == null ? query : query.withoutText();
		boolean byRelevance = byRelevance(filters.order(), filters.text());
		var children = childNames.forOneSearch();
		var result = session().search(Consultation.class)
			.select(f -> f.composite().from(f.entity().toProjection(), SearchHighlights.of(f).toProjection()).asList())
			.where(f -> ConsultationSearchPredicates.matching(f, filters, scope, referenced, children))
			.sort(f -> newestFirst(f, ConsultationSearchMapping.RECEIVED_AT, byRelevance))
			.highlighter(SearchHighlights::highlighter)
			.totalHitCountThreshold(CappedCount.ROWS_COUNTED)
			.fetch((int) pageable.getOffset(), pageable.getPageSize());
		List<ConsultationSearchHit> hits = result.hits()
			.stream()
			.filter(row -> withinScope((Consultation) row.get(0), scope))
			.map(row -> hit((Consultation) row.get(0), (List<?>) row.get(1)))
			.toList();
		return new CappedPage<>(hits, pageable, total(result.total()));
	}

	@Override
	public Page<CaseSearchHit> searchCases(CaseSearchQuery query, Pageable pageable) {
		AccessScope scope = callerScope();
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return Page.empty(pageable);
		}
		CappedCount.checkOffset(pageable);
		boolean byRelevance = byRelevance(query.order(), query.text());
		var children = childNames.forOneSearch();
		var result = session().search(ConsultationCase.class)
			.select(f -> f.composite().from(f.entity().toProjection(), SearchHighlights.of(f).toProjection()).asList())
			.where(f -> ConsultationSearchPredicates.matchingCases(f, query, scope, children))
			.sort(f -> newestFirst(f, ConsultationSearchMapping.OPENED_ON, byRelevance))
			.highlighter(SearchHighlights::highlighter)
			.totalHitCountThreshold(CappedCount.ROWS_COUNTED)
			.fetch((int) pageable.getOffset(), pageable.getPageSize());
		List<CaseSearchHit> hits = result.hits()
			.stream()
			.filter(row -> withinScope((ConsultationCase) row.get(0), scope))
			.map(row -> caseHit((ConsultationCase) row.get(0), (List<?>) row.get(1)))
			.toList();
		return new CappedPage<>(hits, pageable, total(result.total()));
	}

	/** Relevance unless newest first is asked for, and only with words to rank by. */
	private static boolean byRelevance(SearchOrder order, @Nullable String text) {
		return order == SearchOrder.RELEVANCE && !ConsultationSearchPredicates.words(text).isEmpty();
	}

	/**
	 * Newest first by {@code dateField} — after relevance when ranking by it — as Lucene's own sort of the date's
	 * doc values. Hibernate Search's field sort builds comparators that never skip documents
	 * ({@code Pruning.NONE}), so a 新しい順 search visited every match; Lucene's own comparator skips matches
	 * older than the page's last by the date's points. Both date fields are indexed as longs (epoch
	 * milliseconds, epoch days) with doc values, and every record has its date.
	 */
	private static SortFinalStep newestFirst(SearchSortFactory f, String dateField, boolean byRelevance) {
		SortField newest = new SortedNumericSortField(dateField, SortField.Type.LONG, true);
		return f.extension(LuceneExtension.get())
			.fromLuceneSort(byRelevance ? new Sort(SortField.FIELD_SCORE, newest) : new Sort(newest));
	}

	/**
	 * Matches are counted up to the lists' cap only (10,000 and more): the page says 「10,000件以上」 rather than a
	 * number no one reads. Every match is still visited to rank it (bench/RESULTS.md, 2026-12-02).
	 */
	private static CappedCount total(SearchResultTotal total) {
		return CappedCount.of(total.hitCountLowerBound());
	}

	@Override
	public List<String> owners() {
		AccessScope scope = callerScope();
		if (scope.kind() == ScopeKind.ORGANISATION) {
			return List.of();
		}
		// The 担当者 filter of every search screen: an aggregation over every consultation of the scope, kept a
		// minute per scope (tsunagu.consultation.search.owner-list-cache; a new owner shows within a minute).
		return ownersByScope == null ? ownersWithin(scope) : ownersByScope.get(scope, this::ownersWithin);
	}

	private List<String> ownersWithin(AccessScope scope) {
		AggregationKey<Map<String, Long>> owners = AggregationKey.of("owners");
		var result = session().search(Consultation.class)
			.where(f -> ConsultationSearchPredicates.matching(f, ConsultationSearchQuery.text(null), scope, null,
					word -> List.of()))
			.aggregation(owners, f -> f.terms().field(ConsultationSearchMapping.OWNER, String.class)
				.maxTermCount(MAX_OWNERS))
			.fetch(0);
		return result.aggregation(owners).keySet().stream().sorted().toList();
	}

	@Override
	public SearchIndexStatus indexStatus() {
		requireAdmin();
		return currentStatus();
	}

	@Override
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public long rebuildIndex() {
		requireAdmin();
		long count = rebuild();
		audit.record(AuditAction.UPDATE, "ConsultationSearchIndex", ConsultationSearchMapping.INDEX,
				"rebuilt documents=" + count);
		return count;
	}

	/** The index against the database, for the start-up check too (no caller then). */
	SearchIndexStatus currentStatus() {
		long indexed = session().search(INDEXED).where(f -> f.matchAll()).fetchTotalHitCount();
		return new SearchIndexStatus(indexed, stored());
	}

	/** Drops the index and reads every consultation again, on this thread (small data: minutes at most). */
	long rebuild() {
		try {
			Search.mapping(entityManagerFactory)
				.scope(INDEXED)
				.massIndexer()
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(50)
				.startAndWait();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Index rebuild interrupted", interrupted);
		}
		long count = stored();
		log.info("Consultation search index rebuilt: {} consultations and cases", count);
		return count;
	}

	private long stored() {
		return consultations.count() + cases.count();
	}

	/**
	 * The consultation a reference number of the web form belongs to, when the query is one (the number the
	 * sender quotes on the phone); an unknown number matches nothing.
	 */
	private @Nullable UUID referencedConsultation(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String candidate = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		if (!ReferenceNumbers.looksLikeOne(candidate)) {
			return null;
		}
		return webSubmissions.findByReferenceNumber(candidate)
			.map(WebSubmission::getConsultationId)
			.orElse(NO_CONSULTATION);
	}

	private SearchSession session() {
		return Search.session(entityManager);
	}

	/** The scope of a caller who may open the consultation area at all; the API path is not such an area. */
	private static AccessScope callerScope() {
		CurrentUser user = CurrentUsers.require();
		if (!user.mayOpen(Area.CONSULTATION)) {
			throw new AccessDeniedException("Role " + user.role() + " may not search consultations");
		}
		return user.scope();
	}

	private static void requireAdmin() {
		if (CurrentUsers.require().role() != Role.ADMIN) {
			throw new AccessDeniedException("Only administrators manage the search index");
		}
	}

	private static boolean withinScope(Consultation consultation, AccessScope scope) {
		return withinScope(consultation.getId(), consultation.getRegionName(), scope);
	}

	private static boolean withinScope(ConsultationCase kase, AccessScope scope) {
		return withinScope(kase.getId(), kase.getRegionName(), scope);
	}

	private static boolean withinScope(UUID id, String regionName, AccessScope scope) {
		if (scope.permitsRegion(regionName)) {
			return true;
		}
		log.warn("Search index out of date: record {} is outside scope {}; rebuild the index", id, scope);
		return false;
	}

	private static ConsultationSearchHit hit(Consultation c, List<?> passages) {
		String summary = ConsultationViews.summary(c.getContent());
		return new ConsultationSearchHit(c.getId(), c.getReceivedAt(), c.getChannel(), c.getConsulterType(),
				c.getRegionName(), c.getTopics(), summary, c.getStatus(), c.getRecordedBy(),
				SearchHighlights.excerpt(passages, summary));
	}

	private static CaseSearchHit caseHit(ConsultationCase c, List<?> passages) {
		return new CaseSearchHit(c.getId(), c.getTitle(), c.getOpenedOn(), c.getRegionName(), c.getStatus(),
				c.getPriority(), c.getOwnerName(), c.getNextContactDue(), SearchHighlights.excerpt(passages, c.getTitle()));
	}
}

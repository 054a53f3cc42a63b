package org.tsunagu.information.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.ArticleStatus;

interface ArticleRepository extends JpaRepository<Article, UUID>, JpaSpecificationExecutor<Article> {

	/** Articles of a kind and status; either may be left open. */
	default Page<Article> search(@Nullable ArticleKind kind, @Nullable ArticleStatus status, Pageable pageable) {
		Specification<Article> matching = (root, query, cb) -> cb.and(
				kind == null ? cb.conjunction() : cb.equal(root.get("kind"), kind),
				status == null ? cb.conjunction() : cb.equal(root.get("status"), status));
		return findAll(matching, pageable);
	}

	boolean existsByKindAndSlugAndIdNot(ArticleKind kind, String slug, UUID id);

	long countByStatus(ArticleStatus status);

	/** The versions shown on the public site on the given day, newest publish date first. */
	@Query("""
			select v from ArticleVersion v join fetch v.article a
			where a.kind = ?1 and a.publicRevision = v.revision and a.publishFrom <= ?2
			  and (a.publishUntil is null or a.publishUntil >= ?2)
			order by a.publishFrom desc, v.publishedAt desc""")
	List<ArticleVersion> findPublic(ArticleKind kind, LocalDate today);

	@Query("""
			select v from ArticleVersion v join fetch v.article a
			where a.kind = ?1 and a.slug = ?2 and a.publicRevision = v.revision and a.publishFrom <= ?3
			  and (a.publishUntil is null or a.publishUntil >= ?3)""")
	Optional<ArticleVersion> findPublic(ArticleKind kind, String slug, LocalDate today);

	@Query("select v from ArticleVersion v where v.article.id = ?1 order by v.revision desc")
	List<ArticleVersion> findVersions(UUID articleId);

	@Query("select v from ArticleVersion v join fetch v.article where v.article.id = ?1 and v.revision = ?2")
	Optional<ArticleVersion> findVersion(UUID articleId, int revision);
}

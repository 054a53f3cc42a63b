package org.tsunagu.information.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tsunagu.information.AttachmentInfo;

interface AttachmentRepository extends JpaRepository<ArticleAttachment, UUID> {

	/** The files of articles, without their bytes. */
	@Query("""
			select new org.tsunagu.information.AttachmentInfo(f.id, f.fileName, f.contentType, f.sizeBytes)
			from ArticleAttachment f where f.articleId = ?1 order by f.fileName""")
	List<AttachmentInfo> findInfos(UUID articleId);

	@Query("select f.articleId from ArticleAttachment f where f.id = ?1")
	java.util.Optional<UUID> findArticleId(UUID attachmentId);

	/** The files of several articles, without their bytes. */
	@Query("""
			select new org.tsunagu.information.internal.AttachmentRow(f.articleId, f.id, f.fileName, f.contentType,
			f.sizeBytes) from ArticleAttachment f where f.articleId in ?1 order by f.fileName""")
	List<AttachmentRow> findRows(Collection<UUID> articleIds);
}

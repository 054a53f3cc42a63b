package org.tsunagu.information.internal;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.information.ArticleDetails;
import org.tsunagu.information.ArticleInput;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.ArticleListItem;
import org.tsunagu.information.ArticleManagement;
import org.tsunagu.information.ArticleStatus;
import org.tsunagu.information.AttachmentFile;
import org.tsunagu.information.InvalidArticleException;
import org.tsunagu.information.PublishedArticle;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The content use cases: staff of the area write, publishers publish; versions checked, changes audited.
 */
@Service
@Transactional
class ArticleService implements ArticleManagement {

	static final String TARGET = "Article";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

	private final ArticleRepository articles;

	private final ArticleVersionRepository versions;

	private final AttachmentRepository attachments;

	private final InformationAccessPolicy access;

	private final ArticleViews views;

	private final AuditLog audit;

	private final Clock clock;

	ArticleService(ArticleRepository articles, ArticleVersionRepository versions, AttachmentRepository attachments,
			InformationAccessPolicy access, ArticleViews views, AuditLog audit, Clock clock) {
		this.articles = articles;
		this.versions = versions;
		this.attachments = attachments;
		this.access = access;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public UUID create(ArticleInput input) {
		access.checkStaff();
		UUID id = UUID.randomUUID();
		String slug = slugFor(input, id);
		checkSlugFree(input.kind(), slug, id);
		Article article = articles.save(new Article(input, slug));
		audit.record(AuditAction.CREATE, TARGET, article.getId().toString(), input.kind() + " " + slug);
		return article.getId();
	}

	@Override
	public void update(UUID id, long version, ArticleInput input) {
		access.checkStaff();
		Article article = load(id);
		article.checkVersion(version);
		String slug = slugFor(input, id);
		checkSlugFree(article.getKind(), slug, id);
		article.apply(input, slug);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "edited");
	}

	@Override
	@Transactional(readOnly = true)
	public ArticleDetails get(UUID id) {
		access.checkStaff();
		Article article = load(id);
		return views.details(article, articles.findVersions(id), attachments.findInfos(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ArticleListItem> search(@Nullable ArticleKind kind, @Nullable ArticleStatus status,
			Pageable pageable) {
		access.checkStaff();
		return articles.search(kind, status, pageable).map(views::listItem);
	}

	@Override
	public void submitForReview(UUID id, long version) {
		access.checkStaff();
		change(id, version, "submitted for review").submitForReview();
	}

	@Override
	public void sendBack(UUID id, long version) {
		access.checkPublisher();
		change(id, version, "sent back").sendBack();
	}

	@Override
	public void publish(UUID id, long version) {
		access.checkPublisher();
		Article article = load(id);
		article.checkVersion(version);
		ArticleVersion published = article.publish(JapaneseDates.today(), clock.instant(),
				access.checkStaff().username());
		versions.save(published);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "published revision " + published.getRevision());
	}

	@Override
	public void unpublish(UUID id, long version) {
		access.checkPublisher();
		change(id, version, "unpublished").unpublish();
	}

	@Override
	public UUID attach(UUID id, String fileName, byte[] data) {
		var user = access.checkStaff();
		Article article = load(id);
		String name = AttachmentPolicy.cleanName(fileName);
		String type = AttachmentPolicy.contentTypeOf(name, data);
		ArticleAttachment file = attachments
			.save(new ArticleAttachment(article.getId(), name, type, data, clock.instant(), user.username()));
		audit.record(AuditAction.CREATE, "ArticleAttachment", file.getId().toString(), "article=" + id);
		return file.getId();
	}

	@Override
	public void removeAttachment(UUID id, UUID attachmentId) {
		access.checkStaff();
		ArticleAttachment file = loadAttachment(id, attachmentId);
		attachments.delete(file);
		audit.record(AuditAction.DELETE, "ArticleAttachment", attachmentId.toString(), "article=" + id);
	}

	@Override
	@Transactional(readOnly = true)
	public AttachmentFile attachment(UUID id, UUID attachmentId) {
		access.checkStaff();
		ArticleAttachment file = loadAttachment(id, attachmentId);
		return new AttachmentFile(file.getFileName(), file.getContentType(), file.getData());
	}

	@Override
	@Transactional(readOnly = true)
	public long countInReview() {
		access.checkStaff();
		return articles.countByStatus(ArticleStatus.IN_REVIEW);
	}

	@Override
	public String renderPreview(String markdown) {
		access.checkStaff();
		return views.html(markdown);
	}

	@Override
	@Transactional(readOnly = true)
	public PublishedArticle revision(UUID id, int revision) {
		access.checkStaff();
		ArticleVersion version = articles.findVersion(id, revision)
			.orElseThrow(() -> new RecordNotFoundException("ArticleVersion", id));
		return views.published(version, attachments.findInfos(id));
	}

	@Override
	public boolean mayPublish() {
		return access.mayPublish();
	}

	private Article change(UUID id, long version, String what) {
		Article article = load(id);
		article.checkVersion(version);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), what);
		return article;
	}

	private Article load(UUID id) {
		return articles.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private ArticleAttachment loadAttachment(UUID id, UUID attachmentId) {
		return attachments.findById(attachmentId)
			.filter(file -> file.getArticleId().equals(id))
			.orElseThrow(() -> new RecordNotFoundException("ArticleAttachment", attachmentId));
	}

	/** The slug staff gave, or one made from the id; FAQ entries are anchors, so they need no care. */
	private static String slugFor(ArticleInput input, UUID id) {
		String slug = input.slug() == null ? "" : input.slug().strip();
		if (slug.isEmpty()) {
			return input.kind().name().toLowerCase().replace('_', '-').substring(0, 1)
					+ id.toString().substring(0, 8);
		}
		if (!SLUG.matcher(slug).matches()) {
			throw new InvalidArticleException("slug", "information.slug.pattern");
		}
		return slug;
	}

	private void checkSlugFree(ArticleKind kind, String slug, UUID id) {
		if (articles.existsByKindAndSlugAndIdNot(kind, slug, id)) {
			throw new InvalidArticleException("slug", "information.slug.used");
		}
	}
}

package org.tsunagu.information.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.information.ArticleDetails;
import org.tsunagu.information.ArticleInput;
import org.tsunagu.information.ArticleKind;
import org.tsunagu.information.PracticeTheme;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The article form (and the API's request body): Markdown text, publish dates and, for a good practice,
 * its 圏域, theme, result and contact. Carries the version it was read at.
 */
public class ArticleForm {

	private long version;

	@NotNull(message = "{information.kind.required}")
	private @Nullable ArticleKind kind = ArticleKind.NEWS;

	@Pattern(regexp = "|[a-z0-9][a-z0-9-]{0,79}", message = "{information.slug.pattern}")
	private String slug = "";

	@NotBlank(message = "{information.title.required}")
	@Size(max = 200, message = "{information.text.size}")
	private String title = "";

	@Size(max = 500, message = "{information.text.size}")
	private String summary = "";

	@NotBlank(message = "{information.body.required}")
	@Size(max = 20000, message = "{information.text.size}")
	private String body = "";

	private String regionName = "";

	private @Nullable PracticeTheme theme;

	@Size(max = 4000, message = "{information.text.size}")
	private String result = "";

	@Size(max = 1000, message = "{information.text.size}")
	private String contact = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate publishFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate publishUntil;

	static ArticleForm of(ArticleDetails details) {
		ArticleForm form = new ArticleForm();
		form.version = details.version();
		form.kind = details.kind();
		form.slug = details.slug();
		form.title = details.title();
		form.summary = orEmpty(details.summary());
		form.body = details.body();
		form.regionName = orEmpty(details.regionName());
		form.theme = details.theme();
		form.result = orEmpty(details.result());
		form.contact = orEmpty(details.contact());
		form.publishFrom = details.publishFrom();
		form.publishUntil = details.publishUntil();
		return form;
	}

	ArticleInput toInput() {
		return new ArticleInput(kind == null ? ArticleKind.NEWS : kind, slug, title, summary, body, regionName, theme,
				result, contact, publishFrom, publishUntil);
	}

	/** The end date, when given, is not before the publish date. */
	@AssertTrue(message = "{information.publishUntil.order}")
	public boolean isPublishUntilOrdered() {
		return publishFrom == null || publishUntil == null || !publishUntil.isBefore(publishFrom);
	}

	/** A good practice names its 圏域 and theme. */
	@AssertTrue(message = "{information.practice.required}")
	public boolean isPracticeComplete() {
		return kind != ArticleKind.GOOD_PRACTICE || (!regionName.isBlank() && theme != null);
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable ArticleKind getKind() {
		return kind;
	}

	public void setKind(@Nullable ArticleKind kind) {
		this.kind = kind;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public @Nullable PracticeTheme getTheme() {
		return theme;
	}

	public void setTheme(@Nullable PracticeTheme theme) {
		this.theme = theme;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public @Nullable LocalDate getPublishFrom() {
		return publishFrom;
	}

	public void setPublishFrom(@Nullable LocalDate publishFrom) {
		this.publishFrom = publishFrom;
	}

	public @Nullable LocalDate getPublishUntil() {
		return publishUntil;
	}

	public void setPublishUntil(@Nullable LocalDate publishUntil) {
		this.publishUntil = publishUntil;
	}
}

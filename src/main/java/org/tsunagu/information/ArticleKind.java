package org.tsunagu.information;

/**
 * What a piece of public content is; each kind has its own list on the public site.
 */
public enum ArticleKind {

	/** お知らせ: news of the center, listed newest first and in the Atom feed. */
	NEWS("news"),

	/** 好事例: what a region did (就学, 災害, レスパイト …), with result and contact. */
	GOOD_PRACTICE("good-practices"),

	/** よくある質問: a question (title) and its answer (body). */
	FAQ("faq"),

	/** 資料: downloadable materials (leaflets, forms, reports) with their files. */
	MATERIAL("materials"),

	/** ページ: a standing page such as センターについて, under /public/pages/{slug}. */
	PAGE("pages");

	private final String segment;

	ArticleKind(String segment) {
		this.segment = segment;
	}

	/** The path segment of the kind on the public site ({@code /public/news}). */
	public String segment() {
		return segment;
	}

	/** The public address of one item of this kind. */
	public String publicPath(String slug) {
		return this == FAQ ? "/public/faq#" + slug : "/public/" + segment + "/" + slug;
	}
}

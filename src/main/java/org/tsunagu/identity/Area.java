package org.tsunagu.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The areas of Tsunagu and which roles may open them: the one table that both the navigation and the
 * server-side URL rules are built from. A role missing here cannot reach the area's pages or its API.
 */
public enum Area {

	/** 相談: consultations and cases. */
	CONSULTATION("/consultations", new String[] { "/cases", "/search" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.HEALTH_OFFICE),

	/** 児童台帳: the children's registry. */
	REGISTRY("/children", new String[] { "/care-score" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE,
			Role.HEALTH_OFFICE, Role.INSTITUTION),

	/** 関係機関: institutions, liaison and social resources. */
	INSTITUTION("/institutions", new String[] { "/coordinators" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK,
			Role.PREFECTURE, Role.HEALTH_OFFICE),

	/** 研修: training courses and rosters (API also under /courses and /offerings). */
	TRAINING("/trainings", new String[] { "/courses", "/offerings" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT,
			Role.NURSE, Role.CLERK, Role.PREFECTURE, Role.HEALTH_OFFICE, Role.INSTITUTION),

	/** 会議: the councils and the internal liaison meeting. */
	COUNCIL("/councils", new String[] { "/meetings", "/actions" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK, Role.PREFECTURE,
			Role.HEALTH_OFFICE, Role.INSTITUTION),

	/** 情報発信: news, good practices, surveys. */
	INFORMATION("/information", new String[] { "/surveys" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK,
			Role.PREFECTURE),

	/** 統計・報告: dashboards and reports. */
	REPORTING("/reports", new String[] { "/stats" }, true, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK, Role.PREFECTURE,
			Role.HEALTH_OFFICE),

	/** 圏域: the page of each 障がい保健福祉圏域 (scoped to the own 圏域 for health offices). */
	REGION("/regions", false, Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE, Role.CLERK, Role.PREFECTURE,
			Role.HEALTH_OFFICE),

	/**
	 * 保存期間と削除: the retention review. It lists personal records by name, so it is the センター長's alone and
	 * not under 管理 (administrators see no personal records); the administrator's run button is under /admin.
	 */
	RETENTION("/retention", true, Role.CENTER_DIRECTOR),

	/** 個人情報の開示: a child's disclosure (開示請求) and 閲覧記録 — the センター長 only; reached from the child page. */
	PRIVACY("/privacy", false, Role.CENTER_DIRECTOR),

	/** 管理: users, reference data, audit log, API documentation. */
	ADMIN("/admin", true, Role.ADMIN),

	/** 基準データの参照: 市町村, 圏域, 部局 and 判定スコア items, which every form needs (read-only API). */
	REFERENCE("/reference", false, Role.values());

	private final String path;

	private final List<String> extraPaths;

	private final boolean inNavigation;

	private final Set<Role> roles;

	Area(String path, boolean inNavigation, Role... roles) {
		this(path, new String[0], inNavigation, roles);
	}

	/** An area whose pages or API also live under other first path segments (e.g. {@code /cases}). */
	Area(String path, String[] extraPaths, boolean inNavigation, Role... roles) {
		this.path = path;
		this.extraPaths = List.of(extraPaths);
		this.inNavigation = inNavigation;
		this.roles = EnumSet.copyOf(Arrays.asList(roles));
	}

	/** The first path segment of the area's pages; its API lives under {@code /api/v1} + this path. */
	public String path() {
		return path;
	}

	/**
	 * Every first path segment of the area: its own and any further ones. The URL rules protect each of them,
	 * for pages and for the API under {@code /api/v1}.
	 */
	public List<String> paths() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(path), extraPaths.stream()).toList();
	}

	/** Whether the area has an entry in the main menu. */
	public boolean inNavigation() {
		return inNavigation;
	}

	/** Whether a user of the role may open the area. */
	public boolean isOpenTo(Role role) {
		return roles.contains(role);
	}

	/** The roles that may open the area. */
	public Set<Role> roles() {
		return EnumSet.copyOf(roles);
	}

	/** The message key of the area's name. */
	public String messageKey() {
		return "nav." + name();
	}

	/** The main-menu entries a role sees, in menu order. */
	public static List<Area> navigationFor(Role role) {
		return Arrays.stream(values()).filter(area -> area.inNavigation && area.isOpenTo(role)).toList();
	}
}

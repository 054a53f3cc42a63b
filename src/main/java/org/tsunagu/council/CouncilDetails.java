package org.tsunagu.council;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One council with its 会議事項 and every member it ever had (the current ones are marked).
 *
 * @param id the council's id
 * @param version for optimistic locking of its settings
 * @param kind 全県, 圏域 or 庁内
 * @param name the council's name
 * @param regionName the 圏域 of a 圏域会議
 * @param holder who holds it
 * @param supportCouncilSection whether it is held as a 部会 of the 自立支援協議会
 * @param topics its 会議事項 in the order of the 要綱
 * @param members all members, current first
 * @param mayManage whether the current user may manage it
 */
public record CouncilDetails(UUID id, long version, CouncilKind kind, String name, @Nullable String regionName,
		String holder, boolean supportCouncilSection, List<CouncilTopic> topics, List<MemberView> members,
		boolean mayManage) {

	/** The members on the given day. */
	public List<MemberView> currentMembers() {
		return members.stream().filter(MemberView::current).toList();
	}

	/** The label of a 会議事項 code, or the code itself when the council has no such topic. */
	public String topicLabel(String code) {
		return topics.stream().filter(t -> t.code().equals(code)).map(CouncilTopic::label).findFirst().orElse(code);
	}
}

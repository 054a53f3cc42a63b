package org.tsunagu.council.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.council.Download;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The files of a meeting: the 開催通知 PDF, the .ics invitation and uploaded materials. Callers have checked
 * the right to read or manage the council; handing a file out is audited as an export.
 */
@Component
class MeetingFiles {

	static final String MATERIAL = "CouncilMaterial";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private final MaterialRepository materials;

	private final MaterialContentRepository contents;

	private final JapaneseDates dates;

	private final AuditLog audit;

	MeetingFiles(MaterialRepository materials, MaterialContentRepository contents, JapaneseDates dates,
			AuditLog audit) {
		this.materials = materials;
		this.contents = contents;
		this.dates = dates;
		this.audit = audit;
	}

	Download notice(Meeting meeting, Council council) {
		NoticeLetter letter = new NoticeLetter(dates.wareki(JapaneseDates.today()), council.getName() + " 構成員 各位",
				council.getHolder(), meeting.getTitle() + "の開催について（通知）", when(meeting), where(meeting),
				meeting.getAgenda()
					.stream()
					.map(item -> "(" + item.getSortOrder() + ") " + item.getTitle() + "（会議事項 " + item.getTopicCode()
							+ "）")
					.toList());
		audit.record(AuditAction.EXPORT, MeetingService.TARGET, meeting.getId().toString(), "notice pdf");
		return new Download(meeting.getTitle() + "_開催通知.pdf", "notice-" + meeting.getHeldOn() + ".pdf",
				"application/pdf", NoticePdf.render(letter));
	}

	Download invitation(Meeting meeting, Council council) {
		String agenda = String.join("\n", meeting.getAgenda().stream().map(AgendaItem::getTitle).toList());
		IcsWriter.Event event = new IcsWriter.Event(meeting.getId(), meeting.getHeldOn(), meeting.getStartsAt(),
				meeting.getEndsAt(), meeting.getTitle(), meeting.getPlace() != null ? meeting.getPlace() : "オンライン",
				council.getName() + (agenda.isEmpty() ? "" : "\n議題:\n" + agenda), meeting.getOnlineUrl());
		audit.record(AuditAction.EXPORT, MeetingService.TARGET, meeting.getId().toString(), "invitation ics");
		return new Download(meeting.getTitle() + ".ics", "meeting-" + meeting.getHeldOn() + ".ics",
				"text/calendar; charset=UTF-8", IcsWriter.write(event, Instant.now()));
	}

	UUID store(UUID meetingId, @Nullable UUID agendaItemId, String fileName, byte[] content) {
		MaterialType.Checked checked = MaterialType.check(fileName, content);
		Material material = materials.save(new Material(meetingId, agendaItemId, checked,
				CurrentUsers.require().username()));
		contents.save(new MaterialContent(material.getId(), content));
		audit.record(AuditAction.CREATE, MATERIAL, material.getId().toString(),
				"meeting=" + meetingId + " size=" + checked.size());
		return material.getId();
	}

	List<Material> materialsOf(UUID meetingId) {
		return materials.findByMeetingIdOrderByFileName(meetingId);
	}

	Material material(UUID materialId) {
		return materials.findById(materialId).orElseThrow(() -> new RecordNotFoundException(MATERIAL, materialId));
	}

	Download download(Material material) {
		byte[] content = contents.findById(material.getId())
			.orElseThrow(() -> new RecordNotFoundException(MATERIAL, material.getId()))
			.getContent();
		audit.record(AuditAction.EXPORT, MATERIAL, material.getId().toString(), "download");
		String extension = material.getFileName().contains(".")
				? material.getFileName().substring(material.getFileName().lastIndexOf('.')) : "";
		return new Download(material.getFileName(), "material" + extension.replaceAll("[^A-Za-z0-9.]", ""),
				material.getContentType(), content);
	}

	private String when(Meeting meeting) {
		return dates.wareki(meeting.getHeldOn()) + "（" + weekday(meeting) + "）" + TIME.format(meeting.getStartsAt())
				+ "〜" + TIME.format(meeting.getEndsAt());
	}

	private static String where(Meeting meeting) {
		if (meeting.getPlace() != null && meeting.getOnlineUrl() != null) {
			return meeting.getPlace() + "（オンライン併用：" + meeting.getOnlineUrl() + "）";
		}
		return meeting.getPlace() != null ? meeting.getPlace() : "オンライン（" + meeting.getOnlineUrl() + "）";
	}

	private static String weekday(Meeting meeting) {
		return switch (meeting.getHeldOn().getDayOfWeek()) {
			case MONDAY -> "月";
			case TUESDAY -> "火";
			case WEDNESDAY -> "水";
			case THURSDAY -> "木";
			case FRIDAY -> "金";
			case SATURDAY -> "土";
			case SUNDAY -> "日";
		};
	}
}

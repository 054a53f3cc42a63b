package org.tsunagu.council.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.ActionView;
import org.tsunagu.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 宿題事項 API: the open actions across meetings (overdue first), adding one to an agenda item, changing its
 * status with If-Match.
 */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "会議の宿題事項", description = "会議で決まった宿題事項")
class ActionApiController {

	private final ActionManagement actions;

	ActionApiController(ActionManagement actions) {
		this.actions = actions;
	}

	/** The new status. */
	record StatusBody(ActionStatus status) {
	}

	@GetMapping
	@Operation(summary = "宿題事項（既定は未完了のみ、期限超過が先頭）")
	List<ActionView> listActions(@RequestParam(required = false) @Nullable UUID council,
			@RequestParam(defaultValue = "false") boolean includeDone) {
		return actions.actions(council, includeDone);
	}

	@PostMapping
	@Operation(summary = "議題から宿題事項を追加する（meeting に開催の id）")
	ResponseEntity<ActionView> addAction(@RequestParam UUID meeting, @Validated @RequestBody ActionForm form) {
		UUID id = actions.addAction(meeting, java.util.Objects.requireNonNull(form.getAgendaItemId()), form.toInput());
		ActionView action = find(meeting, id);
		return ResponseEntity.created(URI.create("/api/v1/actions/" + id))
			.eTag(Versions.etag(action.version()))
			.body(action);
	}

	@PutMapping("/{id}/status")
	@Operation(summary = "宿題事項の状況を変更する（If-Match 必須）")
	ResponseEntity<Void> changeStatus(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody StatusBody body) {
		actions.changeStatus(id, Versions.fromIfMatch(ifMatch), body.status());
		return ResponseEntity.noContent().build();
	}

	private ActionView find(UUID meeting, UUID id) {
		return actions.actionsOfMeeting(meeting).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}
}

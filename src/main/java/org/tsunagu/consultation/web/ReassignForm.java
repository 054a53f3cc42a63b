package org.tsunagu.consultation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Giving a case to another owner, with the reason; carries the version it was read at.
 */
public class ReassignForm {

	private long version;

	@NotNull(message = "{consultation.case.owner.required}")
	private @Nullable UUID ownerId;

	@NotBlank(message = "{consultation.case.reason.required}")
	@Size(max = 1000, message = "{consultation.case.comment.size}")
	private String reason = "";

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable UUID getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(@Nullable UUID ownerId) {
		this.ownerId = ownerId;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}

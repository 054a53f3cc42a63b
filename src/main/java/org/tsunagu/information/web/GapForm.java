package org.tsunagu.information.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.GapInput;
import org.tsunagu.information.GapStatus;
import org.tsunagu.information.GapView;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form of a gap in the region's resources; carries the version it was read at.
 */
public class GapForm {

	private long version;

	@NotBlank(message = "{information.gap.region.required}")
	private String regionName = "";

	@NotBlank(message = "{information.title.required}")
	@Size(max = 200, message = "{information.text.size}")
	private String title = "";

	@Size(max = 4000, message = "{information.text.size}")
	private String description = "";

	@NotNull(message = "{information.gap.status.required}")
	private @Nullable GapStatus status = GapStatus.OPEN;

	@Size(max = 4000, message = "{information.text.size}")
	private String actions = "";

	@Size(max = 500, message = "{information.text.size}")
	private String councilReference = "";

	static GapForm of(GapView gap) {
		GapForm form = new GapForm();
		form.version = gap.version();
		form.regionName = gap.regionName();
		form.title = gap.title();
		form.description = gap.description() == null ? "" : gap.description();
		form.status = gap.status();
		form.actions = gap.actions() == null ? "" : gap.actions();
		form.councilReference = gap.councilReference() == null ? "" : gap.councilReference();
		return form;
	}

	GapInput toInput() {
		return new GapInput(regionName, title, description, status == null ? GapStatus.OPEN : status, actions,
				councilReference);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable GapStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable GapStatus status) {
		this.status = status;
	}

	public String getActions() {
		return actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public String getCouncilReference() {
		return councilReference;
	}

	public void setCouncilReference(String councilReference) {
		this.councilReference = councilReference;
	}
}

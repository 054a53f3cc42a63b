package org.tsunagu.reference.web;

import org.tsunagu.reference.internal.Municipality;
import org.tsunagu.reference.internal.MunicipalityChange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The edit form of a 市町村. It carries the version the administrator saw, so a concurrent edit is
 * detected instead of overwritten.
 */
public class MunicipalityForm {

	@NotBlank(message = "{reference.municipality.name.required}")
	@Size(max = 50, message = "{reference.municipality.name.size}")
	private String name = "";

	@NotBlank(message = "{reference.municipality.kana.required}")
	@Size(max = 100, message = "{reference.municipality.kana.size}")
	@Pattern(regexp = "[\\p{InHiragana}ー　 ]*", message = "{reference.municipality.kana.hiragana}")
	private String kana = "";

	@NotBlank(message = "{reference.municipality.region.required}")
	private String regionName = "";

	private boolean retired;

	private long version;

	static MunicipalityForm of(Municipality municipality) {
		MunicipalityForm form = new MunicipalityForm();
		form.name = municipality.getName();
		form.kana = municipality.getKana();
		form.regionName = municipality.getRegion().getName();
		form.retired = municipality.isRetired();
		form.version = municipality.getVersion();
		return form;
	}

	MunicipalityChange toChange() {
		return new MunicipalityChange(name, kana, regionName, retired, version);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKana() {
		return kana;
	}

	public void setKana(String kana) {
		this.kana = kana;
	}

	public String getRegionName() {
		return regionName;
	}

	public void setRegionName(String regionName) {
		this.regionName = regionName;
	}

	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

package org.tsunagu.reference.internal;

import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A 市町村, keyed by its 地方公共団体コード (names are not unique keys: 松川町 and 松川村). A merged
 * municipality is retired, not deleted, so older records still resolve.
 */
@Entity
@Table(name = "reference_municipalities")
public class Municipality extends AuditedEntity {

	@Column(nullable = false, unique = true, length = 6, updatable = false)
	private String code;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(nullable = false, length = 100)
	private String kana;

	// Eager: every screen and view that shows a municipality also shows its region (at most a dozen rows).
	@ManyToOne(optional = false)
	@JoinColumn(name = "region_id", nullable = false)
	private Region region;

	@Column(nullable = false)
	private boolean retired;

	protected Municipality() {
		this.code = "";
		this.name = "";
		this.kana = "";
		this.region = new Region();
	}

	Municipality(MunicipalityCode code, String name, String kana, Region region) {
		this.code = code.value();
		this.name = name;
		this.kana = kana;
		this.region = region;
	}

	/** Renames the municipality or moves it to another region (membership is data, not code). */
	void change(String name, String kana, Region region) {
		this.name = name;
		this.kana = kana;
		this.region = region;
	}

	/** Retires the municipality (e.g. after a merger) or brings it back. */
	void markRetired(boolean retired) {
		this.retired = retired;
	}

	MunicipalityView toView() {
		return new MunicipalityView(new MunicipalityCode(code), name, kana, region.getName(), retired);
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getKana() {
		return kana;
	}

	public Region getRegion() {
		return region;
	}

	public boolean isRetired() {
		return retired;
	}
}

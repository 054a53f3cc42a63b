package org.tsunagu.council.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of one material, kept in the database so backups and access rules cover them.
 */
@Entity
@Table(name = "council_material_contents")
class MaterialContent {

	@Id
	@Column(name = "material_id")
	private UUID materialId = new UUID(0, 0);

	@Column(nullable = false)
	private byte[] content = new byte[0];

	protected MaterialContent() {
	}

	MaterialContent(UUID materialId, byte[] content) {
		this.materialId = materialId;
		this.content = content.clone();
	}

	byte[] getContent() {
		return content.clone();
	}
}

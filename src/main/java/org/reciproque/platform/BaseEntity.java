package org.reciproque.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Identity and optimistic locking shared by every aggregate. Ids come from one sequence
 * that hands out blocks of 50, so that batch inserts stay batched on H2 and PostgreSQL.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
	@SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private int version;

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return this.id;
	}

	public boolean isNew() {
		return this.id == null;
	}

	public int getVersion() {
		return this.version;
	}

}

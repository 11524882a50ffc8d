package org.reciproque.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out ids from the shared sequence {@code id_seq} the way Hibernate does, so that
 * rows written directly never collide with rows Hibernate writes before or after.
 * <p>
 * The sequence increments by 50 and Hibernate's default "pooled" optimizer treats each
 * value {@code v} it draws as the top of the block {@code v-49..v}. Reading the sequence
 * with the same convention keeps every block owned by exactly one writer, on H2 and on
 * PostgreSQL alike. Not thread-safe: one instance per writing thread.
 */
final class IdBlocks {

	static final int BLOCK = 50;

	private final JdbcTemplate jdbc;

	private long next;

	private long last = -1;

	IdBlocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long next() {
		if (this.next > this.last) {
			Long top = this.jdbc.queryForObject("select nextval('id_seq')", Long.class);
			if (top == null) {
				throw new IllegalStateException("The sequence id_seq returned nothing");
			}
			this.last = top;
			this.next = top - BLOCK + 1;
		}
		return this.next++;
	}

}

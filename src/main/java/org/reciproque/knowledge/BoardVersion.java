package org.reciproque.knowledge;

import org.reciproque.network.NetworkCreated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each network's board: a counter in the database, bumped in the same
 * transaction as every change the board shows (offers and requests, categories). Boards
 * are cached per network and version, so a change made through any instance is seen by
 * every instance at its next request, and a change rolled back changes nothing.
 * <p>
 * Authors' names are not part of it: the board resolves them at each request.
 */
@Component
public class BoardVersion {

	private final JdbcClient jdbc;

	BoardVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The current version. Read it <em>before</em> reading what the board shows: what is
	 * read after it is then at least as recent as that version, never older.
	 */
	long current(long networkId) {
		return this.jdbc.sql("select version from board_version where network_id = ?")
			.param(networkId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	@EventListener
	void on(NetworkCreated event) {
		this.jdbc.sql("insert into board_version (network_id, version) values (?, 0)")
			.param(event.networkId())
			.update();
	}

	@EventListener
	void on(KnowledgeChanged event) {
		bump(event.networkId());
	}

	/**
	 * Marks the board of this network as changed; call it within the transaction of the
	 * change. The row exists for every network (made with it, or by the migration); the
	 * insert only covers a network whose row went missing.
	 */
	public void bump(long networkId) {
		int updated = this.jdbc.sql("update board_version set version = version + 1 where network_id = ?")
			.param(networkId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into board_version (network_id, version) values (?, 1)").param(networkId).update();
		}
	}

}

package org.reciproque.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.reciproque.demo.GeneratedRows.Account;
import org.reciproque.demo.GeneratedRows.Item;
import org.reciproque.demo.GeneratedRows.Member;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes generated rows with JDBC batches: one statement per table and batch, instead of
 * one entity at a time through JPA, which is what makes 100,000 items a matter of
 * seconds. The SQL is plain and valid on H2 (PostgreSQL mode) and PostgreSQL.
 */
final class RowWriter {

	static final int BATCH_SIZE = 500;

	private static final String INSERT_ACCOUNT = "insert into account (id, version, email, password_hash, "
			+ "platform_admin, created_at) values (?, 0, ?, ?, false, ?)";

	private static final String INSERT_MEMBER = "insert into member (id, version, network_id, account_id, role, "
			+ "status, display_name, presentation, email, phone, contact_via_animator, contact_via_email, "
			+ "contact_via_phone, contact_at_drop_in, charter_accepted_at, paper_consent_on, paper_consent_by_id, "
			+ "created_by_id, joined_at) values (?, 0, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_KNOWLEDGE = "insert into knowledge (id, version, network_id, member_id, "
			+ "written_by_id, direction, title, description, nature, formats, mode, town, availability, weekdays, "
			+ "day_parts, visibility, status, created_at, updated_at) "
			+ "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_CATEGORY_LINK = "insert into knowledge_category (knowledge_id, category_id) "
			+ "values (?, ?)";

	private final JdbcTemplate jdbc;

	RowWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void accounts(Collection<Account> accounts) {
		this.jdbc.batchUpdate(INSERT_ACCOUNT, accounts, BATCH_SIZE, (statement, account) -> {
			statement.setLong(1, account.id());
			statement.setString(2, account.email());
			statement.setString(3, account.passwordHash());
			statement.setObject(4, utc(account.createdAt()));
		});
	}

	void members(Collection<Member> members) {
		this.jdbc.batchUpdate(INSERT_MEMBER, members, BATCH_SIZE, (statement, member) -> {
			statement.setLong(1, member.id());
			statement.setLong(2, member.networkId());
			setLong(statement, 3, member.accountId());
			statement.setString(4, member.role().name());
			statement.setString(5, member.displayName());
			setString(statement, 6, member.presentation());
			setString(statement, 7, member.email());
			setString(statement, 8, member.phone());
			statement.setBoolean(9, member.byEmail());
			statement.setBoolean(10, member.byPhone());
			statement.setBoolean(11, member.atDropIn());
			if (member.accountId() != null) {
				statement.setObject(12, utc(member.joinedAt()));
			}
			else {
				statement.setNull(12, Types.TIMESTAMP_WITH_TIMEZONE);
			}
			if (member.paperConsentOn() != null) {
				statement.setObject(13, member.paperConsentOn());
			}
			else {
				statement.setNull(13, Types.DATE);
			}
			setLong(statement, 14, member.recordedById());
			setLong(statement, 15, member.recordedById());
			statement.setObject(16, utc(member.joinedAt()));
		});
	}

	/**
	 * Writes the items and their categories.
	 * @param categoryIds the network's category ids by code
	 */
	void items(List<Item> items, Map<String, Long> categoryIds) {
		this.jdbc.batchUpdate(INSERT_KNOWLEDGE, items, BATCH_SIZE, RowWriter::setItem);
		List<long[]> links = new ArrayList<>(items.size() * 2);
		for (Item item : items) {
			for (String code : item.categoryCodes()) {
				Long categoryId = categoryIds.get(code);
				if (categoryId != null) {
					links.add(new long[] { item.id(), categoryId });
				}
			}
		}
		this.jdbc.batchUpdate(INSERT_CATEGORY_LINK, links, BATCH_SIZE, (statement, link) -> {
			statement.setLong(1, link[0]);
			statement.setLong(2, link[1]);
		});
	}

	private static void setItem(PreparedStatement statement, Item item) throws SQLException {
		statement.setLong(1, item.id());
		statement.setLong(2, item.networkId());
		statement.setLong(3, item.memberId());
		setLong(statement, 4, item.writtenById());
		statement.setString(5, item.direction().name());
		statement.setString(6, item.title());
		setString(statement, 7, item.description());
		setString(statement, 8, (item.nature() != null) ? item.nature().name() : null);
		statement.setString(9, names(item.formats()));
		statement.setString(10, item.mode().name());
		setString(statement, 11, item.town());
		setString(statement, 12, item.availability());
		statement.setString(13, names(item.weekdays()));
		statement.setString(14, names(item.dayParts()));
		statement.setString(15, item.visibility().name());
		statement.setString(16, item.status().name());
		statement.setObject(17, utc(item.createdAt()));
		statement.setObject(18, utc(item.updatedAt()));
	}

	/**
	 * Enum sets as the application stores them: sorted names, comma-separated, empty when
	 * none.
	 */
	static String names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
		if (value != null) {
			statement.setLong(index, value);
		}
		else {
			statement.setNull(index, Types.BIGINT);
		}
	}

	private static void setString(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
		if (value != null) {
			statement.setString(index, value);
		}
		else {
			statement.setNull(index, Types.VARCHAR);
		}
	}

}

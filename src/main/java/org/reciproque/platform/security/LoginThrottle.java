package org.reciproque.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after repeated failures for one account, or from one
 * address, further attempts are refused for a while. Failures are kept in the database so
 * that every instance behind a load balancer sees the same count.
 */
@Component
public class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_FAILURES_PER_ACCOUNT = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 20;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether attempts for this login or from this address are refused for now.
	 */
	public boolean isBlocked(String login, String address) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(WINDOW));
		return failuresSince(accountKey(login), since) >= MAX_FAILURES_PER_ACCOUNT
				|| failuresSince(addressKey(address), since) >= MAX_FAILURES_PER_ADDRESS;
	}

	public void recordFailure(String login, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("insert into login_failure (throttle_key, failed_at) values (?, ?)", accountKey(login), now);
		this.jdbc.update("insert into login_failure (throttle_key, failed_at) values (?, ?)", addressKey(address), now);
	}

	public void recordSuccess(String login) {
		this.jdbc.update("delete from login_failure where throttle_key = ?", accountKey(login));
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	void forgetOldFailures() {
		Instant cutoff = this.clock.instant().minus(WINDOW);
		this.jdbc.update("delete from login_failure where failed_at < ?", Timestamp.from(cutoff));
	}

	private int failuresSince(String key, Timestamp since) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from login_failure where throttle_key = ? and failed_at >= ?", Integer.class, key,
				since);
		return (count != null) ? count : 0;
	}

	private static String accountKey(String login) {
		String normalized = login.strip().toLowerCase(Locale.ROOT);
		return "account:" + normalized.substring(0, Math.min(normalized.length(), 250));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}

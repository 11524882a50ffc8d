package org.reciproque.member;

import java.time.Duration;

import org.reciproque.platform.ReciproqueProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first platform administrator: taken from {@code RECIPROQUE_ADMIN_EMAIL} /
 * {@code RECIPROQUE_ADMIN_PASSWORD} at first start or, without them, invited through a
 * one-time set-up link printed in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final Duration SETUP_VALIDITY = Duration.ofDays(7);

	private final Accounts accounts;

	private final Tokens tokens;

	private final ReciproqueProperties properties;

	AdminBootstrap(Accounts accounts, Tokens tokens, ReciproqueProperties properties) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasPlatformAdmin()) {
			return;
		}
		ReciproqueProperties.Admin admin = this.properties.admin();
		if (admin.isGiven()) {
			this.accounts.create(admin.email(), admin.password(), true);
			log.info("Platform administrator {} created from RECIPROQUE_ADMIN_EMAIL", admin.email());
			return;
		}
		String token = this.tokens.issue(AccountToken.Purpose.ADMIN_SETUP, null, null, SETUP_VALIDITY);
		log.warn("No platform administrator yet. Create one within 7 days at: {}/setup/{}", this.properties.baseUrl(),
				token);
	}

}

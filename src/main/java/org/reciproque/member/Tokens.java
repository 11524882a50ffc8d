package org.reciproque.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks one-time secrets. The raw token goes to the person; the database
 * keeps only its hash, so a leaked backup gives no usable link.
 */
@Component
class Tokens {

	private final SecureRandom random = new SecureRandom();

	private final AccountTokenRepository repository;

	private final Clock clock;

	Tokens(AccountTokenRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional
	String issue(AccountToken.Purpose purpose, @Nullable Long accountId, @Nullable Long memberId, Duration validity) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.repository.save(new AccountToken(purpose, hash(raw), accountId, memberId, this.clock.instant(),
				this.clock.instant().plus(validity)));
		return raw;
	}

	/**
	 * The token, if it exists, has this purpose and is neither used nor expired.
	 */
	@Transactional(readOnly = true)
	Optional<AccountToken> find(AccountToken.Purpose purpose, String raw) {
		return this.repository.findByTokenHashAndPurpose(hash(raw), purpose)
			.filter((token) -> token.isUsable(this.clock.instant()));
	}

	/**
	 * Marks the token used, so that the same link cannot serve twice.
	 */
	@Transactional
	Optional<AccountToken> consume(AccountToken.Purpose purpose, String raw) {
		Optional<AccountToken> token = this.repository.findByTokenHashAndPurpose(hash(raw), purpose)
			.filter((candidate) -> candidate.isUsable(this.clock.instant()));
		token.ifPresent((usable) -> usable.markUsed(this.clock.instant()));
		return token;
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 900_000)
	@Transactional
	void forgetExpired() {
		this.repository.deleteExpired(this.clock.instant());
	}

	static String hash(String raw) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

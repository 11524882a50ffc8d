package org.reciproque.member;

import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

/**
 * A password must be long enough and hard to guess: zxcvbn estimates how guessable it is,
 * knowing the person's email (so "marie.dupont2024" is weak for marie.dupont@...).
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * The message key explaining why this password is refused, or empty when it is fine.
	 */
	Optional<String> check(String password, String email) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		List<String> personal = List.of(email, email.split("@")[0], "reciproque", "réciproque");
		if (this.zxcvbn.measure(password, personal).getScore() < MIN_SCORE) {
			return Optional.of("password.weak");
		}
		return Optional.empty();
	}

}

package org.reciproque.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.random.RandomGenerator;

import org.reciproque.demo.GeneratedRows.Member;
import org.reciproque.platform.security.NetworkRole;

/**
 * Invents the members of a generated network: varied names, and the partial contact
 * details that members recorded on paper really leave.
 */
final class PeopleFactory {

	private static final Duration HISTORY = Duration.ofDays(5 * 365);

	private final GeneratorTexts texts;

	private final Instant now;

	PeopleFactory(GeneratorTexts texts, Instant now) {
		this.texts = texts;
		this.now = now;
	}

	/**
	 * The network's animator, who has an account and administers the network.
	 */
	Member animator(long id, long networkId, long accountId, String email, RandomGenerator random) {
		boolean woman = random.nextInt(100) < 70;
		return new Member(id, networkId, accountId, NetworkRole.ADMIN, woman, name(woman, random), null, email, null,
				true, false, true, null, null, joinedAt(random));
	}

	/**
	 * A member without account, recorded by the animator on paper consent.
	 */
	Member recorded(long id, long networkId, Member animator, RandomGenerator random) {
		boolean woman = random.nextInt(100) < 62;
		String name = name(woman, random);
		String email = (random.nextInt(100) < 35) ? email(name, random) : null;
		String phone = (random.nextInt(100) < 60) ? phone(random) : null;
		String presentation = (random.nextInt(100) < 30)
				? FrenchText.gender(this.texts.any("presentations", random), woman) : null;
		Instant joined = joinedAt(random);
		return new Member(id, networkId, null, NetworkRole.MEMBER, woman, name, presentation, email, phone,
				email != null && random.nextBoolean(), phone != null && random.nextBoolean(), random.nextInt(100) < 30,
				LocalDate.ofInstant(joined, ZoneOffset.UTC), animator.id(), joined);
	}

	private String name(boolean woman, RandomGenerator random) {
		return this.texts.any(woman ? "prenoms-f" : "prenoms-m", random) + " " + this.texts.any("noms", random);
	}

	private static String email(String name, RandomGenerator random) {
		String local = FrenchText.slug(name).replace('-', '.');
		return local + ((random.nextBoolean()) ? "" : String.valueOf(random.nextInt(100))) + "@example.org";
	}

	private static String phone(RandomGenerator random) {
		return String.format(Locale.ROOT, "0%d %02d %02d %02d %02d", random.nextBoolean() ? 6 : 7, random.nextInt(100),
				random.nextInt(100), random.nextInt(100), random.nextInt(100));
	}

	private Instant joinedAt(RandomGenerator random) {
		return this.now.minus(Duration.ofMinutes(random.nextLong(HISTORY.toMinutes())));
	}

}

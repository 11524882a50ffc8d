package org.reciproque.matching;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Regularly expires proposals past their time and sends the halfway reminders.
 */
@Component
class IntroductionDeadlines {

	private static final Logger logger = LoggerFactory.getLogger(IntroductionDeadlines.class);

	private final Introductions introductions;

	private final Clock clock;

	IntroductionDeadlines(Introductions introductions, Clock clock) {
		this.introductions = introductions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${reciproque.introductions.check-delay:PT1M}",
			fixedDelayString = "${reciproque.introductions.check-every:PT15M}")
	void check() {
		int changed = this.introductions.expireAndRemind(this.clock.instant());
		if (changed > 0) {
			logger.info("Introductions: {} expired or reminded", changed);
		}
	}

}

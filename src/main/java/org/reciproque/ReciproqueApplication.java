package org.reciproque;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Réciproque: the software that runs reciprocal knowledge-exchange networks (RERS).
 * Asynchronous execution is on for the modules' {@code @ApplicationModuleListener}s,
 * which run after the publisher's commit in their own thread and transaction.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class ReciproqueApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReciproqueApplication.class, args);
	}

}

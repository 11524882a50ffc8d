package org.reciproque;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Réciproque: the software that runs reciprocal knowledge-exchange networks (RERS).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReciproqueApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReciproqueApplication.class, args);
	}

}

package org.reciproque.matching;

import java.nio.file.Path;

import org.reciproque.matching.internal.evaluation.Dataset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar target/reciproque.jar --spring.profiles.active=evaluation
 * --reciproque.evaluate=../shared/datasets/matching-dev.json}: loads the data set into a
 * fresh in-memory network (the {@code evaluation} profile), prints the matcher's figures
 * next to the BM25 baselines, and exits.
 */
@Component
@ConditionalOnProperty("reciproque.evaluate")
class EvaluationCommand implements ApplicationRunner {

	private final DatasetEvaluation evaluation;

	private final ConfigurableApplicationContext context;

	private final Path dataset;

	EvaluationCommand(DatasetEvaluation evaluation, ConfigurableApplicationContext context,
			@Value("${reciproque.evaluate}") String dataset) {
		this.evaluation = evaluation;
		this.context = context;
		this.dataset = Path.of(dataset);
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		this.evaluation.evaluate(Dataset.read(this.dataset)).print(System.out);
		System.out.printf("%n(%d s)%n", (System.nanoTime() - started) / 1_000_000_000);
		System.exit(SpringApplication.exit(this.context));
	}

}

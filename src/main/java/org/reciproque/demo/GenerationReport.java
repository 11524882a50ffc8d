package org.reciproque.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What one run of the data generator made, and how long it took.
 *
 * @param networks the networks created, in order
 * @param members members written (animators included)
 * @param items offers and requests written
 * @param offers how many of them are offers
 * @param activeItems how many are active (on the board, in search)
 * @param categoryLinks item–category links written
 * @param distinctTitles how many different titles the items have
 * @param password the password of every generated animator
 * @param writeTime time spent creating networks and writing rows
 * @param index the search index rebuild, when done
 */
record GenerationReport(List<Created> networks, long members, long items, long offers, long activeItems,
		long categoryLinks, long distinctTitles, String password, Duration writeTime,
		FullReindex.@Nullable Result index) {

	/** How many networks the summary lists by name. */
	static final int LISTED = 5;

	void print(PrintStream out) {
		out.println();
		out.println("== Data generator: done");
		out.printf(Locale.ROOT, "networks: %,d   members: %,d   items: %,d (%,d offers, %,d requests, %,d active)%n",
				this.networks.size(), this.members, this.items, this.offers, this.items - this.offers,
				this.activeItems);
		out.printf(Locale.ROOT, "category links: %,d   distinct titles: %,d%n", this.categoryLinks,
				this.distinctTitles);
		out.printf(Locale.ROOT, "rows written in %.1f s (%,.0f items/s)%n", seconds(this.writeTime),
				this.items / Math.max(0.001, seconds(this.writeTime)));
		if (this.index != null) {
			out.printf(Locale.ROOT, "search index rebuilt in %.1f s: %,d documents (%,.0f documents/s)%n",
					seconds(this.index.time()), this.index.documents(), this.index.perSecond());
		}
		if (!this.networks.isEmpty()) {
			out.println("animator accounts (role ADMIN in their network), password: " + this.password);
			this.networks.stream()
				.limit(LISTED)
				.forEach((network) -> out.printf("  /networks/%s/board   %s%n", network.slug(),
						network.animatorEmail()));
			if (this.networks.size() > LISTED) {
				out.printf(Locale.ROOT, "  ... and %,d more (animation@<slug>.reciproque.test)%n",
						this.networks.size() - LISTED);
			}
		}
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	/**
	 * One generated network.
	 *
	 * @param id its id
	 * @param slug its slug
	 * @param animatorEmail the login of its animator
	 */
	record Created(long id, String slug, String animatorEmail) {
	}

}

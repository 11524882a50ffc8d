package org.reciproque.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.reciproque.demo.GeneratedRows.Account;
import org.reciproque.demo.GeneratedRows.Item;
import org.reciproque.demo.GeneratedRows.Member;
import org.reciproque.knowledge.Categories;
import org.reciproque.knowledge.CategoryView;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeStatus;

/**
 * Fills one freshly created network: its animator account, its members and their offers
 * and requests, written in JDBC batches inside the caller's transaction.
 */
final class NetworkFiller {

	private final Categories categories;

	private final RowWriter writer;

	private final IdBlocks ids;

	private final PeopleFactory people;

	private final ItemFactory items;

	private final String passwordHash;

	private final Instant now;

	NetworkFiller(Categories categories, RowWriter writer, IdBlocks ids, PeopleFactory people, ItemFactory items,
			String passwordHash, Instant now) {
		this.categories = categories;
		this.writer = writer;
		this.ids = ids;
		this.people = people;
		this.items = items;
		this.passwordHash = passwordHash;
		this.now = now;
	}

	Filled fill(NetworkPlan network, int memberCount, int itemCount, RandomGenerator random) {
		String email = animatorEmail(network.slug());
		Account account = new Account(this.ids.next(), email, this.passwordHash, this.now);
		Member animator = this.people.animator(this.ids.next(), network.id(), account.id(), email, random);
		List<Member> members = new ArrayList<>(memberCount + 1);
		members.add(animator);
		for (int i = 0; i < memberCount; i++) {
			members.add(this.people.recorded(this.ids.next(), network.id(), animator, random));
		}
		List<Item> written = new ArrayList<>(itemCount);
		for (int i = 0; i < itemCount; i++) {
			written.add(this.items.create(this.ids.next(), author(members, random), animator, network, random));
		}
		this.writer.accounts(List.of(account));
		this.writer.members(members);
		this.writer.items(written, categoryIds(network.id()));
		return new Filled(network, members.size(), written);
	}

	static String animatorEmail(String slug) {
		return "animation@" + slug + ".reciproque.test";
	}

	/**
	 * As in real networks, a fifth of the members write much more than the others and a
	 * tenth write nothing; the animator, who types items in for others, none for
	 * themself. Members come in random order, so taking them by position is fair.
	 */
	private static Member author(List<Member> members, RandomGenerator random) {
		int recorded = members.size() - 1;
		if (recorded == 0) {
			return members.get(0);
		}
		int writers = Math.max(1, recorded - recorded / 10);
		int prolific = Math.max(1, recorded / 5);
		int index = (random.nextInt(100) < 30) ? random.nextInt(prolific) : random.nextInt(writers);
		return members.get(1 + index);
	}

	private Map<String, Long> categoryIds(long networkId) {
		return this.categories.tree(networkId).stream().collect(Collectors.toMap(CategoryView::code, CategoryView::id));
	}

	/**
	 * What was written into one network.
	 *
	 * @param network the network filled
	 * @param members members written, animator included
	 * @param items the items written
	 */
	record Filled(NetworkPlan network, int members, List<Item> items) {

		long offers() {
			return this.items.stream().filter((item) -> item.direction() == Direction.OFFER).count();
		}

		long active() {
			return this.items.stream().filter((item) -> item.status() == KnowledgeStatus.ACTIVE).count();
		}

		long categoryLinks() {
			return this.items.stream().mapToLong((item) -> item.categoryCodes().size()).sum();
		}

	}

}

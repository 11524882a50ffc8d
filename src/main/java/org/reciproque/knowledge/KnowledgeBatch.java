package org.reciproque.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.Memberships;
import org.reciproque.member.NewMemberWithoutAccount;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FieldErrorsException.FieldErrorMessage;

/**
 * Many items at once (an animator typing in a paper board after a drop-in session, or an
 * import): everything is checked first, and either every item is saved or none is. An
 * item names its author by {@code memberId}, or by {@code memberName} to record a new
 * member without account on the fly; the same name in one batch is the same new person.
 */
class KnowledgeBatch {

	/** The most items one batch may carry. */
	static final int MAX_ITEMS = 1000;

	private static final java.time.ZoneId PAPER_CONSENT_ZONE = java.time.ZoneId.of("Europe/Paris");

	private final Knowledges knowledges;

	private final Memberships memberships;

	KnowledgeBatch(Knowledges knowledges, Memberships memberships) {
		this.knowledges = knowledges;
		this.memberships = memberships;
	}

	List<KnowledgeView> create(NetworkScope scope, List<Item> items) {
		List<FieldErrorMessage> errors = check(scope, items);
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		Map<String, Long> newMembers = new HashMap<>();
		List<KnowledgeView> created = new ArrayList<>(items.size());
		for (Item item : items) {
			long memberId = (item.memberId() != null) ? item.memberId() : newMembers.computeIfAbsent(
					item.memberName().strip(),
					(name) -> this.memberships
						.recordWithoutAccount(scope, new NewMemberWithoutAccount(name, null, null),
								LocalDate.now(this.knowledges.clock().withZone(PAPER_CONSENT_ZONE)))
						.id());
			created.add(this.knowledges.create(scope, memberId, item.knowledge()));
		}
		return created;
	}

	/**
	 * Every item's problems with the database (unknown author or category), each named
	 * {@code [index].field}.
	 */
	List<FieldErrorMessage> check(NetworkScope scope, List<Item> items) {
		List<FieldErrorMessage> errors = new ArrayList<>();
		if (items.size() > MAX_ITEMS) {
			throw FieldErrorsException.of("items", "knowledge.batch.tooMany", MAX_ITEMS);
		}
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			String prefix = "[" + i + "].";
			if (item.memberId() == null && (item.memberName() == null || item.memberName().isBlank())) {
				errors.add(new FieldErrorMessage(prefix + "memberId", "knowledge.batch.author"));
			}
			else if (item.memberName() != null && item.memberName().strip().length() > 80) {
				errors.add(new FieldErrorMessage(prefix + "memberName", "knowledge.batch.nameTooLong"));
			}
			else if (item.memberId() != null) {
				try {
					this.knowledges.requireMember(scope.networkId(), item.memberId(), prefix + "memberId");
				}
				catch (FieldErrorsException ex) {
					errors.addAll(ex.errors());
				}
			}
			try {
				this.knowledges.resolveCategories(scope.networkId(), item.knowledge().categoryCodes(),
						prefix + "categories");
			}
			catch (FieldErrorsException ex) {
				errors.addAll(ex.errors());
			}
		}
		return errors;
	}

	/**
	 * One item of a batch: its author and what is written.
	 *
	 * @param memberId an existing member of the network
	 * @param memberName or the name of a new member without account
	 * @param knowledge what is written
	 */
	record Item(@Nullable Long memberId, @Nullable String memberName, KnowledgeCommand knowledge) {
	}

}

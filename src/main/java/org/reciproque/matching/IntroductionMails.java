package org.reciproque.matching;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.reciproque.member.MemberContact;
import org.reciproque.member.MemberView;
import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.reciproque.platform.ReciproqueProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Emails about introductions, in French, to people who sign in and gave an email (a
 * member without account hears from the animators). They never contain anyone's contact
 * details: the link leads to the page that shows what the reader may see.
 */
@Component
class IntroductionMails {

	/** Dates as French readers write them, in the networks' time zone. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Europe/Paris"));

	private final Mailer mailer;

	private final MessageSource messages;

	private final ReciproqueProperties properties;

	IntroductionMails(Mailer mailer, MessageSource messages, ReciproqueProperties properties) {
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Asks everyone who has not answered yet.
	 */
	void proposed(String slug, Introduction introduction, Map<Long, MemberView> members,
			Map<Long, MemberContact> contacts) {
		sendToPending("proposed", slug, introduction, members, contacts);
	}

	/**
	 * Reminds, once, those who have not answered.
	 */
	void reminder(String slug, Introduction introduction, Map<Long, MemberView> members,
			Map<Long, MemberContact> contacts) {
		sendToPending("reminder", slug, introduction, members, contacts);
	}

	/**
	 * Tells everyone who accepted that they can now reach each other.
	 */
	void accepted(String slug, Introduction introduction, Map<Long, MemberView> members,
			Map<Long, MemberContact> contacts) {
		for (Party party : introduction.parties()) {
			if (party.hasAccepted()) {
				send("accepted", slug, introduction, members, contacts, party.memberId());
			}
		}
	}

	private void sendToPending(String kind, String slug, Introduction introduction, Map<Long, MemberView> members,
			Map<Long, MemberContact> contacts) {
		for (Party party : introduction.parties()) {
			if (party.isPending()) {
				send(kind, slug, introduction, members, contacts, party.memberId());
			}
		}
	}

	private void send(String kind, String slug, Introduction introduction, Map<Long, MemberView> members,
			Map<Long, MemberContact> contacts, long memberId) {
		MemberView member = members.get(memberId);
		MemberContact contact = contacts.get(memberId);
		if (member == null || !member.hasAccount() || contact == null || contact.email() == null) {
			return;
		}
		String others = introduction.parties()
			.stream()
			.filter((party) -> party.memberId() != memberId)
			.map((party) -> members.get(party.memberId()))
			.filter((other) -> other != null && other.displayName() != null)
			.map(MemberView::shortName)
			.collect(Collectors.joining(", "));
		String link = this.properties.baseUrl() + "/networks/" + slug + "/introductions/" + introduction.getId();
		Object[] arguments = { member.displayName(), introduction.subject(), others, link,
				DAY.format(introduction.expiresAt()) };
		this.mailer.send(new OutgoingMail(contact.email(),
				this.messages.getMessage("introduction.mail." + kind + ".subject", arguments, Locale.FRENCH),
				this.messages.getMessage("introduction.mail." + kind + ".body", arguments, Locale.FRENCH)));
	}

}

package org.reciproque.exchange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberContact;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.reciproque.platform.ReciproqueProperties;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails of the exchange module: terms changed, a meeting tomorrow, a message from
 * the animation team. Sent in French, the networks' language, to participants who have an
 * email address; the others are reached by the animation team, who sees the same
 * information on the follow-up page.
 */
@Component
class ExchangeMails {

	private static final Locale LOCALE = Locale.FRENCH;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", LOCALE);

	private final Mailer mailer;

	private final Memberships memberships;

	private final Networks networks;

	private final MessageSource messages;

	private final ReciproqueProperties properties;

	ExchangeMails(Mailer mailer, Memberships memberships, Networks networks, MessageSource messages,
			ReciproqueProperties properties) {
		this.mailer = mailer;
		this.memberships = memberships;
		this.networks = networks;
		this.messages = messages;
		this.properties = properties;
	}

	void termsChanged(NetworkScope scope, Exchange exchange, int version, Collection<Long> recipients) {
		String writer = name(scope.memberId());
		String link = link(scope.slug(), exchange.getId()) + "/terms/history#version-" + version;
		for (Long memberId : recipients) {
			send(exchange.getNetworkId(), memberId, "mail.exchange.terms.subject",
					new Object[] { exchange.getSubject() }, "mail.exchange.terms.body",
					new Object[] { exchange.getSubject(), writer, version, link });
		}
	}

	void reminder(Exchange exchange, MeetingView meeting) {
		NetworkView network = this.networks.findById(exchange.getNetworkId()).orElseThrow();
		ZoneId zone = network.zone();
		String when = WHEN.format(meeting.startsAt().atZone(zone));
		String where = Objects.requireNonNullElse(meeting.place(), "")
				+ ((meeting.link() != null) ? ((meeting.place() != null) ? " — " : "") + meeting.link() : "");
		for (Long memberId : exchange.activeMemberIds()) {
			send(exchange.getNetworkId(), memberId, "mail.exchange.reminder.subject",
					new Object[] { exchange.getSubject() }, "mail.exchange.reminder.body",
					new Object[] { exchange.getSubject(), when, where.isBlank() ? "—" : where,
							link(network.slug(), exchange.getId()) });
		}
	}

	/**
	 * A message from an animator to the participants.
	 * @return how many participants it reached by email
	 */
	int message(NetworkScope scope, ExchangeView exchange, String subject, String body) {
		int sent = 0;
		String footer = this.messages.getMessage("mail.exchange.message.footer",
				new Object[] { name(scope.memberId()), scope.name(), link(scope.slug(), exchange.id()) }, LOCALE);
		for (ParticipantView participant : exchange.activeParticipants()) {
			String email = email(exchange.networkId(), participant.memberId());
			if (email != null) {
				this.mailer.send(new OutgoingMail(email, subject, body + "\n\n" + footer));
				sent++;
			}
		}
		return sent;
	}

	private void send(long networkId, long memberId, String subjectKey, Object[] subjectArguments, String bodyKey,
			Object[] bodyArguments) {
		String email = email(networkId, memberId);
		if (email == null) {
			return;
		}
		this.mailer.send(new OutgoingMail(email, this.messages.getMessage(subjectKey, subjectArguments, LOCALE),
				this.messages.getMessage(bodyKey, bodyArguments, LOCALE)));
	}

	private @Nullable String email(long networkId, long memberId) {
		MemberContact contact = this.memberships.contact(networkId, memberId);
		return (contact.email() == null || contact.email().isBlank()) ? null : contact.email();
	}

	private String name(@Nullable Long memberId) {
		if (memberId == null) {
			return this.messages.getMessage("exchange.someone", null, LOCALE);
		}
		Map<Long, MemberView> found = this.memberships.findAll(java.util.List.of(memberId));
		MemberView member = found.get(memberId);
		return (member != null && member.displayName() != null) ? member.displayName()
				: this.messages.getMessage("exchange.someone", null, LOCALE);
	}

	private String link(String slug, long exchangeId) {
		return this.properties.baseUrl() + "/networks/" + slug + "/exchanges/" + exchangeId;
	}

}

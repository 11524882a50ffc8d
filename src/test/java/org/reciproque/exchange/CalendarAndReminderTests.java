package org.reciproque.exchange;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendars as a calendar client reads them (parsed with ical4j), the private feed's
 * token as its only credential (a wrong, renewed or revoked one is a 404), and reminders
 * the day before, sent once.
 */
@IntegrationTest
class CalendarAndReminderTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Exchanges exchanges;

	@Autowired
	Meetings meetings;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	Mailer mailer;

	@Autowired
	Clock clock;

	NetworkView network;

	Person nadia;

	Person julien;

	long exchangeId;

	Instant tomorrow;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.nadia = this.fixtures.person(this.network, NetworkRole.MEMBER, "Nadia Couture");
		this.julien = this.fixtures.person(this.network, NetworkRole.MEMBER, "Julien Apprenti");
		this.exchangeId = this.exchanges.fromIntroduction(
				ExchangeTestData.oneToOne(this.network, this.nadia, this.julien, "Couture, ourlets; et boutons"));
		this.tomorrow = this.clock.instant().plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES);
		this.meetings.add(ExchangeTestData.scope(this.network, this.nadia), this.exchangeId,
				new MeetingCommand(this.tomorrow, this.tomorrow.plus(Duration.ofHours(2)), "Médiathèque, salle 2", null,
						"Apporter du fil", false, Set.of()));
	}

	@Test
	void shouldServeThePrivateFeedToWhoeverHoldsItsAddressOnlyWhileItIsValid() throws Exception {
		String token = this.feeds.renew(this.julien.member().id());
		MvcTestResult feed = this.mvc.get().uri("/calendar/" + token + ".ics").exchange();
		assertThat(feed).hasStatusOk();
		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		Calendar calendar = parse(feed.getResponse().getContentAsString());
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getSummary().getValue()).isEqualTo("Séance : Couture, ourlets; et boutons");
			assertThat(event.getLocation().getValue()).isEqualTo("Médiathèque, salle 2");
			assertThat(event.getDescription().getValue()).isEqualTo("Apporter du fil");
			assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(this.tomorrow);
			assertThat(Instant.from(event.getDateTimeEnd().getDate()))
				.isEqualTo(this.tomorrow.plus(Duration.ofHours(2)));
		});

		assertThat(this.mvc.get().uri("/calendar/" + token + "x.ics")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/calendar/nothing.ics")).hasStatus(HttpStatus.NOT_FOUND);
		String renewed = this.feeds.renew(this.julien.member().id());
		assertThat(renewed).isNotEqualTo(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(this.mvc.get().uri("/calendar/" + token + ".ics")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/calendar/" + renewed + ".ics")).hasStatusOk();
		this.feeds.revoke(this.julien.member().id());
		assertThat(this.mvc.get().uri("/calendar/" + renewed + ".ics")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldLetMembersRenewAndRevokeTheirFeedFromTheirCalendarPage() {
		String page = "/networks/" + this.network.slug() + "/calendar";
		assertThat(this.mvc.post()
			.uri(page + "/renew")
			.with(this.julien.auth())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();
		String token = this.feeds.tokenOf(this.julien.member().id()).orElseThrow();
		assertThat(this.mvc.get().uri(page).with(this.julien.auth())).hasStatusOk()
			.bodyText()
			.contains("/calendar/" + token + ".ics");
		assertThat(this.mvc.post()
			.uri(page + "/revoke")
			.with(this.julien.auth())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/calendar/" + token + ".ics")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldOfferEachExchangeAsACalendarDownload() throws Exception {
		MvcTestResult download = this.mvc.get()
			.uri("/networks/" + this.network.slug() + "/exchanges/" + this.exchangeId + "/calendar.ics")
			.with(this.nadia.auth())
			.exchange();
		assertThat(download).hasStatusOk();
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		Calendar calendar = parse(download.getResponse().getContentAsString());
		assertThat(calendar.getComponents("VEVENT")).hasSize(1);
		Person other = this.fixtures.person(this.network, NetworkRole.MEMBER, "Pas Concerné");
		assertThat(this.mvc.get()
			.uri("/networks/" + this.network.slug() + "/exchanges/" + this.exchangeId + "/calendar.ics")
			.with(other.auth())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldRemindParticipantsTheDayBeforeOnlyOnce() {
		Instant now = this.clock.instant();
		this.reminders.sendDue(now);
		this.reminders.sendDue(now);
		this.reminders.sendDue(now.plus(Duration.ofHours(1)));
		for (Person person : List.of(this.nadia, this.julien)) {
			List<OutgoingMail> mails = this.mailer.messagesTo(person.account().email());
			assertThat(mails).filteredOn((mail) -> mail.subject().startsWith("Rappel"))
				.singleElement()
				.satisfies((mail) -> {
					assertThat(mail.subject()).contains("Couture, ourlets; et boutons");
					assertThat(mail.body()).contains("Médiathèque, salle 2")
						.contains("/networks/" + this.network.slug() + "/exchanges/" + this.exchangeId);
				});
		}
	}

	@Test
	void shouldNotRemindTooEarly() {
		Instant later = this.clock.instant().plus(Duration.ofDays(3));
		this.meetings.add(ExchangeTestData.scope(this.network, this.nadia), this.exchangeId,
				new MeetingCommand(later, null, "Ailleurs", null, null, false, Set.of()));
		// only tomorrow's meeting is due: one reminder each, none for the one in three
		// days
		this.reminders.sendDue(this.clock.instant());
		assertThat(this.mailer.messagesTo(this.julien.account().email()))
			.filteredOn((mail) -> mail.subject().startsWith("Rappel"))
			.singleElement()
			.satisfies((mail) -> assertThat(mail.body()).doesNotContain("Ailleurs"));
	}

	static Calendar parse(String ics) throws Exception {
		assertThat(ics).contains("\r\n").startsWith("BEGIN:VCALENDAR");
		return new CalendarBuilder().build(new StringReader(ics));
	}

}

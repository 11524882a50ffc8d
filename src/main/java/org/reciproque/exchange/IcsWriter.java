package org.reciproque.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Writes meetings as an iCalendar document (RFC 5545): times in UTC, text escaped, long
 * lines folded at 75 octets, CRLF line ends, so that every calendar client reads it.
 */
final class IcsWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	private IcsWriter() {
	}

	/**
	 * One calendar event.
	 *
	 * @param uid a stable, unique id
	 * @param summary the title
	 * @param start start
	 * @param end end, if known
	 * @param location place or link
	 * @param description notes
	 * @param url the exchange's page
	 */
	record Event(String uid, String summary, Instant start, @Nullable Instant end, @Nullable String location,
			@Nullable String description, @Nullable String url) {
	}

	static String calendar(String name, List<Event> events, Instant now) {
		IcsWriter writer = new IcsWriter();
		writer.line("BEGIN:VCALENDAR");
		writer.line("VERSION:2.0");
		writer.line("PRODID:-//Reciproque//Echanges//FR");
		writer.line("CALSCALE:GREGORIAN");
		writer.line("METHOD:PUBLISH");
		writer.line("X-WR-CALNAME:" + escape(name));
		for (Event event : events) {
			writer.line("BEGIN:VEVENT");
			writer.line("UID:" + event.uid());
			writer.line("DTSTAMP:" + UTC.format(now));
			writer.line("DTSTART:" + UTC.format(event.start()));
			if (event.end() != null) {
				writer.line("DTEND:" + UTC.format(event.end()));
			}
			writer.line("SUMMARY:" + escape(event.summary()));
			if (event.location() != null) {
				writer.line("LOCATION:" + escape(event.location()));
			}
			if (event.description() != null) {
				writer.line("DESCRIPTION:" + escape(event.description()));
			}
			if (event.url() != null) {
				writer.line("URL:" + event.url());
			}
			writer.line("END:VEVENT");
		}
		writer.line("END:VCALENDAR");
		return writer.out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Folds a content line into lines of at most 75 octets, never inside a UTF-8
	 * sequence; continuation lines start with one space.
	 */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				this.out.append("\r\n ");
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.out.append("\r\n");
	}

}

package org.reciproque.knowledge;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The board as a spreadsheet for animators: semicolon-separated, UTF-8 with a byte-order
 * mark, the way French spreadsheet programs open it without asking.
 */
@Component
class BoardCsv {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
		.withZone(ZoneId.of("Europe/Paris"));

	private final MessageSource messages;

	BoardCsv(MessageSource messages) {
		this.messages = messages;
	}

	String write(BoardView board, CategoryLabels labels) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv,
				List.of(msg("board.csv.direction", locale), msg("knowledge.field.title", locale),
						msg("knowledge.field.description", locale), msg("knowledge.field.categories", locale),
						msg("knowledge.field.formats", locale), msg("knowledge.field.mode", locale),
						msg("knowledge.field.town", locale), msg("knowledge.field.availability", locale),
						msg("knowledge.field.author", locale), msg("board.csv.created", locale)));
		for (BoardView.Row row : board.columns()) {
			for (List<BoardView.Entry> side : List.of(row.offers(), row.requests())) {
				for (BoardView.Entry entry : side) {
					KnowledgeView item = entry.item();
					line(csv,
							List.of(msg("knowledge.direction." + item.direction(), locale), item.title(),
									text(item.description()),
									item.categories().stream().map(labels::label).collect(Collectors.joining(", ")),
									item.formats()
										.stream()
										.map((f) -> msg("knowledge.format." + f, locale))
										.collect(Collectors.joining(", ")),
									msg("knowledge.mode." + item.mode(), locale), text(item.town()),
									text(item.availability()), text(entry.author()), DATE.format(item.createdAt())));
				}
			}
		}
		return csv.toString();
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(cells.stream().map(BoardCsv::cell).collect(Collectors.joining(";"))).append("\r\n");
	}

	/**
	 * Quotes a cell, and defuses text a spreadsheet would run as a formula.
	 */
	static String cell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}

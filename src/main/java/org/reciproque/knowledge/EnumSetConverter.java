package org.reciproque.knowledge;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Small sets of enum values (formats, week days, parts of day) stored as one
 * comma-separated column: read with the row, no extra table, no extra query.
 */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	EnumSetConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		EnumSet<E> values = EnumSet.noneOf(this.type);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(","))
				.map(String::strip)
				.map((name) -> Enum.valueOf(this.type, name))
				.forEach(values::add);
		}
		return values;
	}

	@Converter
	static class Formats extends EnumSetConverter<Format> {

		Formats() {
			super(Format.class);
		}

	}

	@Converter
	static class Weekdays extends EnumSetConverter<java.time.DayOfWeek> {

		Weekdays() {
			super(java.time.DayOfWeek.class);
		}

	}

	@Converter
	static class DayParts extends EnumSetConverter<DayPart> {

		DayParts() {
			super(DayPart.class);
		}

	}

}

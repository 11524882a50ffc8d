package org.reciproque.knowledge;

import java.util.EnumSet;
import java.util.List;

/**
 * Starting values of the knowledge form.
 */
final class KnowledgeForms {

	private KnowledgeForms() {
	}

	static KnowledgeCommand empty(Direction direction) {
		return new KnowledgeCommand(direction, "", null, List.of(), null, EnumSet.noneOf(Format.class), Mode.IN_PERSON,
				null, null, null, null, Visibility.NETWORK, null);
	}

	static KnowledgeCommand of(KnowledgeView item) {
		return new KnowledgeCommand(item.direction(), item.title(), item.description(), item.categories(),
				item.nature(), item.formats(), item.mode(), item.town(), item.availability(), item.weekdays(),
				item.dayParts(), item.visibility(), item.status());
	}

}

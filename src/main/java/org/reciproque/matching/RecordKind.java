package org.reciproque.matching;

/**
 * One step of an introduction's consent record.
 */
public enum RecordKind {

	PROPOSED, ACCEPTED, DECLINED, REMINDED, COMPLETED, JOINED, EXPIRED, CANCELLED, WITHDRAWN

}

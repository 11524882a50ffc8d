package org.reciproque.member;

/**
 * Whether a person is still in the network. A member who left keeps a row, emptied of
 * every personal detail, so that the network's history (an exchange took place) stays
 * whole.
 */
public enum MemberStatus {

	ACTIVE, LEFT

}

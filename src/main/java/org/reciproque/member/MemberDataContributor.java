package org.reciproque.member;

/**
 * Adds a module's data about a member to that member's export ("take your data with
 * you"). Each module that stores something about members provides one.
 */
public interface MemberDataContributor {

	/**
	 * The section's name in the export (e.g. {@code "knowledge"}).
	 */
	String section();

	/**
	 * Everything this module holds about the member, as JSON-serialisable values.
	 */
	Object export(long memberId);

}

package org.reciproque.member;

/**
 * A member left their network (or deleted their account). Other modules erase or
 * anonymise what they hold about this member.
 *
 * @param memberId the member who left
 * @param networkId their network
 */
public record MemberLeft(long memberId, long networkId) {
}

package org.reciproque.member;

import org.jspecify.annotations.Nullable;

/**
 * A member's contact details: shown only to the person and to the animators of their
 * networks (and, later, through an accepted introduction, on the channel they chose).
 *
 * @param memberId the member
 * @param email their email, if any
 * @param phone their phone, if any
 */
public record MemberContact(long memberId, @Nullable String email, @Nullable String phone) {
}

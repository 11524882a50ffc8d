package org.reciproque.knowledge;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose offers and requests a page is about: the caller's own, or — for animators acting
 * for someone, typically a member without account — another active member's.
 */
@Component
class Authors {

	private final Memberships memberships;

	Authors(Memberships memberships) {
		this.memberships = memberships;
	}

	MemberView resolve(NetworkScope scope, @Nullable Long member) {
		if (member == null || Objects.equals(member, scope.memberId())) {
			return this.memberships.get(scope.networkId(), scope.requireMemberId());
		}
		if (!scope.isAnimator()) {
			throw new AccessDeniedException("Only animators act for another member");
		}
		MemberView author = this.memberships.get(scope.networkId(), member);
		if (!author.isActive()) {
			throw new NotFoundException("error.member.notFound");
		}
		return author;
	}

}

package org.reciproque.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person an animator records, who has no account (yet).
 *
 * @param displayName the name they chose, up to 80 characters (required)
 * @param email an email, optional, up to 254 characters
 * @param phone a phone number, optional, up to 30 characters
 */
public record NewMemberWithoutAccount(@NotBlank @Size(max = 80) String displayName,
		@Nullable @Email @Size(max = 254) String email,
		@Nullable @Size(max = 30) @Pattern(regexp = "^$|[0-9+(). -]{4,30}",
				message = "{member.phone.invalid}") String phone) {
}

package org.reciproque.member;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A member's profile in one network: only the display name is required.
 *
 * @param displayName the name they chose, up to 80 characters
 * @param presentation a free self-presentation, up to 2,000 characters
 * @param email contact email, up to 254 characters
 * @param phone contact phone, up to 30 characters
 * @param channels how they accept to be contacted
 */
public record ProfileForm(@NotBlank @Size(max = 80) String displayName, @Nullable @Size(max = 2000) String presentation,
		@Nullable @Email @Size(max = 254) String email,
		@Nullable @Size(max = 30) @Pattern(regexp = "^$|[0-9+(). -]{4,30}",
				message = "{member.phone.invalid}") String phone,
		@Nullable Set<ContactChannel> channels) {

	public ProfileForm {
		channels = (channels == null || channels.isEmpty()) ? EnumSet.noneOf(ContactChannel.class)
				: EnumSet.copyOf(channels);
	}

	@Override
	public Set<ContactChannel> channels() {
		return (this.channels != null) ? this.channels : EnumSet.noneOf(ContactChannel.class);
	}

}

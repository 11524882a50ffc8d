package org.reciproque.member;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The forms of the account pages. Sizes: email 254, password 10 to 128 characters.
 */
final class AccountForms {

	private AccountForms() {
	}

	record SignUp(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
			@NotBlank String confirmation) {
	}

	record ChangePassword(@NotBlank String currentPassword, @NotBlank @Size(max = 128) String password,
			@NotBlank String confirmation) {
	}

	record ResetPassword(@NotBlank @Size(max = 128) String password, @NotBlank String confirmation) {
	}

	record ForgotPassword(@NotBlank @Email @Size(max = 254) String email) {
	}

	record DeleteAccount(@AssertTrue(message = "{account.delete.confirm.required}") Boolean confirm) {

		// An unticked box sends nothing: that means "no".
		DeleteAccount {
			confirm = Boolean.TRUE.equals(confirm);
		}

	}

	record Join(@NotBlank @Size(max = 80) String displayName,
			@AssertTrue(message = "{member.join.charter.required}") Boolean acceptCharter) {

		// An unticked box sends nothing: that means "no".
		Join {
			acceptCharter = Boolean.TRUE.equals(acceptCharter);
		}

	}

}

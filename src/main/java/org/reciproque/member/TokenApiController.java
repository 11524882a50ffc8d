package org.reciproque.member;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.LoginThrottledException;
import org.reciproque.platform.security.ThrottledAuthenticationProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges an email and password for a bearer token ({@code POST /api/v1/tokens}),
 * throttled like the login form.
 */
@RestController
class TokenApiController {

	private final ThrottledAuthenticationProvider passwordLogin;

	private final ApiTokenService tokens;

	private final MessageSource messages;

	TokenApiController(ThrottledAuthenticationProvider passwordLogin, ApiTokenService tokens, MessageSource messages) {
		this.passwordLogin = passwordLogin;
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<?> create(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(Emails.normalize(credentials.email()),
				credentials.password());
		attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		try {
			var authentication = this.passwordLogin.authenticate(attempt);
			AccountPrincipal account = (AccountPrincipal) authentication.getPrincipal();
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("token", this.tokens.issue(account.accountId())));
		}
		catch (LoginThrottledException ex) {
			return problem(HttpStatus.TOO_MANY_REQUESTS, "error.login.throttled");
		}
		catch (AuthenticationException ex) {
			return problem(HttpStatus.UNAUTHORIZED, "error.login.failed");
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
		return ResponseEntity.status(status)
			.body(ProblemDetail.forStatusAndDetail(status,
					this.messages.getMessage(key, null, LocaleContextHolder.getLocale())));
	}

	/**
	 * Credentials for a token.
	 *
	 * @param email the account's email
	 * @param password its password
	 */
	record Credentials(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
	}

}

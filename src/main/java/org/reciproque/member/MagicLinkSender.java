package org.reciproque.member;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Sends the magic sign-in link. The answer is the same whether the address has an account
 * or not, so that nobody can find out who is registered.
 */
@Component
class MagicLinkSender implements OneTimeTokenGenerationSuccessHandler {

	private final AccountRepository accounts;

	private final AccountMails mails;

	MagicLinkSender(AccountRepository accounts, AccountMails mails) {
		this.accounts = accounts;
		this.mails = mails;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		String email = Emails.normalize(token.getUsername());
		if (this.accounts.existsByEmail(email)) {
			this.mails.send(email, "magicLink",
					"/login/ott?token=" + UriUtils.encodeQueryParam(token.getTokenValue(), "UTF-8"));
		}
		response.sendRedirect(request.getContextPath() + "/login/ott/sent");
	}

}

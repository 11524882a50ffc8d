package org.reciproque.member;

import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The emails of the account life cycle, written in the reader's language from the message
 * bundles, with links built from the address the request came to.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	private final MessageSource messages;

	AccountMails(Mailer mailer, MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
	}

	void send(String to, String kind, String path, Object... arguments) {
		String link = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
		Object[] withLink = new Object[arguments.length + 1];
		withLink[0] = link;
		System.arraycopy(arguments, 0, withLink, 1, arguments.length);
		var locale = LocaleContextHolder.getLocale();
		this.mailer.send(new OutgoingMail(to, this.messages.getMessage("mail." + kind + ".subject", arguments, locale),
				this.messages.getMessage("mail." + kind + ".body", withLink, locale)));
	}

}

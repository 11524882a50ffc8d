package org.reciproque.member;

import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The emails of the account life cycle, written in the reader's language from the message
 * bundles, with links built from the address the request came to.
 */
@Component
class AccountMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final LocaleResolver locales;

	AccountMails(Mailer mailer, MessageSource messages, LocaleResolver locales) {
		this.mailer = mailer;
		this.messages = messages;
		this.locales = locales;
	}

	void send(String to, String kind, String path, Object... arguments) {
		String link = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + path;
		Object[] withLink = new Object[arguments.length + 1];
		withLink[0] = link;
		System.arraycopy(arguments, 0, withLink, 1, arguments.length);
		// Security filters (the magic link) run before the DispatcherServlet has resolved
		// the
		// reader's language: ask the application's resolver, not the servlet container.
		Locale locale = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? this.locales.resolveLocale(attributes.getRequest()) : LocaleContextHolder.getLocale();
		this.mailer.send(new OutgoingMail(to, this.messages.getMessage("mail." + kind + ".subject", arguments, locale),
				this.messages.getMessage("mail." + kind + ".body", withLink, locale)));
	}

}

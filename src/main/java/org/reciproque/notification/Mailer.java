package org.reciproque.notification;

import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.reciproque.platform.ReciproqueProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends email. Each message is first recorded in the outbox; it is then handed to the
 * SMTP server when one is configured ({@code spring.mail.host}), and otherwise stays in
 * the outbox for administrators to read.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final MailMessageRepository outbox;

	private final ObjectProvider<JavaMailSender> smtp;

	private final ReciproqueProperties properties;

	private final Clock clock;

	Mailer(MailMessageRepository outbox, ObjectProvider<JavaMailSender> smtp, ReciproqueProperties properties,
			Clock clock) {
		this.outbox = outbox;
		this.smtp = smtp;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records the message and sends it if SMTP is configured. A refused message is kept
	 * with its error rather than lost; the caller's own work is never rolled back for it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(OutgoingMail mail) {
		MailMessage message = this.outbox.save(new MailMessage(mail, this.clock.instant()));
		JavaMailSender sender = this.smtp.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
			helper.setFrom(this.properties.mail().from());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			sender.send(mime);
			message.markSent(this.clock.instant());
		}
		catch (MailException | MessagingException ex) {
			log.warn("Email to {} could not be sent: {}", mail.to(), ex.getMessage());
			message.markFailed(String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * The messages recorded for one address, newest first (used by tests and by the
	 * account export).
	 */
	@Transactional(readOnly = true)
	public List<OutgoingMail> messagesTo(String address) {
		return this.outbox.findByRecipientOrderByCreatedAtDesc(address)
			.stream()
			.map((message) -> new OutgoingMail(message.getRecipient(), message.getSubject(), message.getBody()))
			.toList();
	}

}

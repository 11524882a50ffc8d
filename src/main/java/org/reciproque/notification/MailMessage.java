package org.reciproque.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * One email, as recorded in the outbox.
 */
@Entity
@Table(name = "mail_message")
class MailMessage extends BaseEntity {

	enum Status {

		/** No SMTP server configured: the message waits in the outbox. */
		OUTBOX,

		/** Handed over to the SMTP server. */
		SENT,

		/** The SMTP server refused it; see {@code error}. */
		FAILED

	}

	private String recipient;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private @Nullable Instant sentAt;

	private @Nullable String error;

	protected MailMessage() {
		this.recipient = "";
		this.subject = "";
		this.body = "";
		this.status = Status.OUTBOX;
		this.createdAt = Instant.EPOCH;
	}

	MailMessage(OutgoingMail mail, Instant now) {
		this.recipient = mail.to();
		this.subject = truncate(mail.subject(), 300);
		this.body = truncate(mail.body(), 20000);
		this.status = Status.OUTBOX;
		this.createdAt = now;
	}

	void markSent(Instant now) {
		this.status = Status.SENT;
		this.sentAt = now;
		this.error = null;
	}

	void markFailed(String reason) {
		this.status = Status.FAILED;
		this.error = truncate(reason, 1000);
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Status getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getSentAt() {
		return this.sentAt;
	}

	public @Nullable String getError() {
		return this.error;
	}

}

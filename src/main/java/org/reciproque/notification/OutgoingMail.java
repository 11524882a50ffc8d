package org.reciproque.notification;

/**
 * A plain-text email to one person.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the plain-text body
 */
public record OutgoingMail(String to, String subject, String body) {
}

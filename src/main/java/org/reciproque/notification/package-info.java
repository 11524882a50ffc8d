/**
 * Email and in-app messages. Every email is recorded in an outbox; without SMTP it stays
 * there, readable by platform administrators, so that nothing is ever lost.
 */
@NullMarked
package org.reciproque.notification;

import org.jspecify.annotations.NullMarked;

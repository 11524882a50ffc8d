/**
 * Accounts and memberships: sign-up and sign-in, roles per network, profiles and contact
 * preferences, members without an account, joining and leaving with data export and
 * erasure.
 */
@NullMarked
package org.reciproque.member;

import org.jspecify.annotations.NullMarked;

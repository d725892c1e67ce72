package org.microdegree.accounts;

import java.time.Instant;

/** How a sign-in with e-mail and password ended. */
public sealed interface SignIn {

    record Accepted(Account account) implements SignIn {}

    /** Wrong e-mail or password, or a disabled account: the same answer for each, so that none is told apart. */
    record Refused() implements SignIn {}

    /** Too many failures: no password is checked until {@code until}. */
    record Throttled(Instant until) implements SignIn {}
}

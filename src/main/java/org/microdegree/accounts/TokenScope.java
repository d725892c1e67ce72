package org.microdegree.accounts;

import java.util.Locale;
import java.util.Optional;

/** What an API token may do, within its account's roles. */
public enum TokenScope {
    /** Reading only (GET). */
    READ,
    /** Reading and every change the account may make. */
    WRITE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenScope> fromCode(String code) {
        for (TokenScope s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

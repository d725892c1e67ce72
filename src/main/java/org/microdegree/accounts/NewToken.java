package org.microdegree.accounts;

/** A token just made, with its secret: the only time anyone sees it. */
public record NewToken(ApiToken token, String secret) {}

/** Issuing certificates into wallets (OpenID4VCI): offers, nonces and the holder's proof of possession. */
@org.jspecify.annotations.NullMarked
package org.microdegree.credentials.internal.wallet;

/** Resolving other issuers' DIDs: did:web over HTTPS, with a cache, a timeout and no private hosts. */
@org.jspecify.annotations.NullMarked
package org.microdegree.credentials.internal.did;

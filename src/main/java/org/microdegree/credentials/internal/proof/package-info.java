/** Data Integrity proofs: bundled contexts, RDFC-1.0, Ed25519 and Multikey. No network, ever. */
@org.jspecify.annotations.NullMarked
package org.microdegree.credentials.internal.proof;

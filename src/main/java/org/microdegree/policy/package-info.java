/**
 * Rule profiles as data: the shipped profiles {@code luh-2023}, {@code luh-2025} and {@code eu-2022},
 * institutions' own profiles copied from them, and which profiles an institution adopts.
 * The API is {@link org.microdegree.policy.Profiles}; {@code model/} holds the pure rule types.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.microdegree.policy;

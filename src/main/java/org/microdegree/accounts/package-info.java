/**
 * Accounts and what they may do: people with roles per institution, passwords (hashed), single
 * sign-on links, personal API tokens, and the throttling of failed sign-ins. The API is
 * {@link org.microdegree.accounts.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.microdegree.accounts;

/**
 * A whole installation in one archive: the catalogue, rule profiles, accounts, learners, results,
 * certificates, the signing keys (as stored: sealed with the key password) and every journal.
 * Written from one database and read into another, also from H2 to PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.microdegree.backup;

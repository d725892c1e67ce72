/**
 * Certificates: awarding what the audit found met, signing keys per institution, the three forms
 * (W3C VC 2.0 / Open Badges 3.0 with an eddsa-rdfc-2022 proof, ELM/EDC JSON-LD, PDF), revocation
 * through a Bitstring Status List, and verification. The package root is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: jdbc", "skills", "catalog", "catalog :: model", "learners",
        "learners :: model",
        "admissions", "admissions :: model", "admissions :: rules", "results", "results :: model", "results :: rules", "audit"})
@org.jspecify.annotations.NullMarked
package org.microdegree.credentials;

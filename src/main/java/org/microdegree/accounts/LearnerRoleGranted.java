package org.microdegree.accounts;

import org.microdegree.shared.InstitutionId;

/**
 * An account now holds the learner role at an institution: granted by that institution's admin,
 * or vouched for by its single sign-on. The institution thereby agrees that the person is the one
 * its registrar knows by this e-mail address, so the learners module may link the record.
 */
public record LearnerRoleGranted(String account, String email, InstitutionId institution) {}

package org.microdegree;

import org.springframework.jdbc.core.JdbcTemplate;

/** Every table of the application, emptied in an order the foreign keys allow. */
public final class EmptyDatabase {

    private static final String[] TABLES = {"design_proposal_decision", "design_proposal", "jobs_partition", "jobs_learner", "batch_step_execution_context",
            "batch_step_execution",
            "batch_job_execution_context", "batch_job_execution_params", "batch_job_execution", "batch_job_instance", "event_publication",
            "certificate_awarding", "certificate_approval", "certificate_unshared", "wallet_offer", "wallet_nonce", "certificate", "credential_key",
            "audit_requirements_met",
            "learners_claim", "learners_journal", "learners_notification", "learners_recognition", "learners_achievement", "learners_enrolment",
            "learners_capacity", "learners_document", "learners_review", "learners_application", "learners_round", "learners_affiliation",
            "learners_consent", "learners_student_number", "learners_learner", "accounts_token", "accounts_grant", "accounts_account",
            "policy_adoption", "policy_journal", "policy_profile", "catalog_partner", "catalog_reference", "catalog_journal", "catalog_item",
            "catalog_institution", "labour_market_figure"};

    private EmptyDatabase() {
    }

    public static void clear(JdbcTemplate jdbc) {
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
    }
}

package org.microdegree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
            "learners_consent", "learners_student_number", "learners_learner", "accounts_token", "accounts_grant", "account_invitation", "accounts_account",
            "policy_adoption", "policy_journal", "policy_profile", "catalog_partner", "catalog_reference", "catalog_comment", "catalog_review_rule",
            "catalog_journal", "catalog_item",
            "catalog_institution", "labour_market_figure"};

    /**
     * Kept by {@link #clear}: each institution's next status list counter, which a running context
     * caches a block of (like a sequence); emptied, it would hand out counters that block still holds.
     */
    private static final String[] COUNTERS = {"certificate_status_list"};

    private EmptyDatabase() {
    }

    /** Empties every table; a table this list does not know fails loudly instead of keeping rows. */
    public static void clear(JdbcTemplate jdbc) {
        List<String> unknown = new ArrayList<>(jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class).stream()
                .map(String::toLowerCase).toList());
        unknown.removeAll(Set.of(TABLES));
        unknown.removeAll(Set.of(COUNTERS));
        unknown.remove("flyway_schema_history");
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("EmptyDatabase does not know the tables " + unknown + "; add them to TABLES");
        }
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
    }

    /** Empties every table, the counters too: only for a context that has issued no certificate (a restore's target). */
    public static void clearForRestore(JdbcTemplate jdbc) {
        clear(jdbc);
        for (String table : COUNTERS) {
            jdbc.update("delete from " + table);
        }
    }
}

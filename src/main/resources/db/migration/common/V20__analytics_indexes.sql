-- Analytics read an institution's rows by item id (prefix "luh:"): these indexes hold every column
-- the analytics queries read, so that a certificate's large document is never scanned for a count.
create index certificate_by_item on certificate (item_id, issued_at, revoked_at);
create index audit_met_by_item on audit_requirements_met (item_id, learner_id, met_on);
create index learners_enrolment_by_item on learners_enrolment (item_id, enrolled_at, status, learner_id);

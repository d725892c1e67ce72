-- An audit reads each learner's passed results, a range of learners at a time (audit --all, a bulk
-- import's audit step): this index holds every column it reads, so the rows themselves (eighteen
-- columns, the content hash and the reference among them) are not read for it. It begins with the
-- learner, so it serves every lookup by learner that the index it replaces served.
create index learners_achievement_evidence on learners_achievement
    (learner_id, passed, id, institution_id, item_kind, item_id, credit_points, german_grade, achieved_on);
drop index learners_achievement_learner;

-- Analytics and the registrar's confirmations read an institution's met credentials. Their index
-- began with the item: a bulk audit (thousands of items) inserted all over it, and at a million
-- learners most inserts read a page from disk and wrote it back. Beginning with the institution and
-- the time of recording, a new row goes to the end of its institution's range (as V22 did for
-- certificates); the index still holds every column the analytics query reads.
alter table audit_requirements_met add column institution_id varchar(100);
update audit_requirements_met set institution_id = substring(item_id from 1 for position(':' in item_id) - 1);
alter table audit_requirements_met alter column institution_id set not null;
drop index audit_met_by_item;
create index audit_met_by_institution on audit_requirements_met (institution_id, recorded_at, item_id, learner_id, met_on);

-- Who took a step, by account (the journal's actor is the name shown): the four-eyes rule compares
-- the approver with the account that submitted. Empty for the operator and for rows before V15.
alter table catalog_journal add column actor_account varchar(200);

-- Per institution: whether the person who submitted a version may not approve it (four eyes).
-- No row: the installation's default (microdegree.review.four-eyes, on outside the demo).
create table catalog_review_rule (
    institution_id varchar(40)  primary key,
    four_eyes      boolean      not null,
    set_by         varchar(200) not null,
    set_at         timestamp with time zone not null
);

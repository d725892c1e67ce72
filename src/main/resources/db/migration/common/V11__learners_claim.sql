-- A person proves that a learner record's e-mail address is theirs: a one-time link is sent to it,
-- and following it while signed in links the record to the account. Only the hash of the secret
-- is kept; a claim is used once and expires.
create table learners_claim (
    secret_hash varchar(64)  primary key,
    learner_id  varchar(36)  not null references learners_learner (id) on delete cascade,
    account_id  varchar(36)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

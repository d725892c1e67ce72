-- An admin's invitation: a one-time link with which the invited person sets her password. Only the
-- secret's hash is stored; a link is used once and expires after seven days.
create table account_invitation (
    secret_hash varchar(64)  primary key,
    account_id  varchar(36)  not null,
    created_by  varchar(200) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index account_invitation_account on account_invitation (account_id);

-- people who sign in, their roles per institution, and their personal API tokens
create table accounts_account (
    id            varchar(36)  primary key,
    email         varchar(254) not null,
    email_key     varchar(254) not null unique,
    name          varchar(200) not null,
    password_hash varchar(200),
    enabled       boolean      not null,
    sso_issuer    varchar(500),
    sso_subject   varchar(255),
    failed_logins integer      not null default 0,
    locked_until  timestamp with time zone,
    created_at    timestamp with time zone not null,
    last_sign_in  timestamp with time zone
);
create unique index accounts_account_sso on accounts_account (sso_issuer, sso_subject);

-- source: 'local' (granted by an operator or admin) or 'sso' (from the provider's claims at the last sign-in)
create table accounts_grant (
    account_id     varchar(36) not null references accounts_account (id) on delete cascade,
    role           varchar(20) not null,
    institution_id varchar(40) not null,
    source         varchar(10) not null,
    primary key (account_id, role, institution_id, source)
);
create index accounts_grant_institution on accounts_grant (institution_id);

-- only a hash of each token's secret is kept
create table accounts_token (
    id           varchar(24)  primary key,
    account_id   varchar(36)  not null references accounts_account (id) on delete cascade,
    name         varchar(100) not null,
    secret_hash  char(64)     not null,
    scopes       varchar(100) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create index accounts_token_account on accounts_token (account_id);

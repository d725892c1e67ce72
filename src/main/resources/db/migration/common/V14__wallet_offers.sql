-- OpenID4VCI: an offer of one certificate to a wallet (pre-authorized code flow with a transaction
-- code). Only hashes of the code, the transaction code and the access token are kept; the holder's
-- DID is recorded once the wallet received the credential.
create table wallet_offer (
    id               varchar(36)  not null primary key,
    certificate_id   varchar(36)  not null references certificate (id),
    learner_id       varchar(36)  not null,
    code_hash        varchar(64)  not null unique,
    tx_code_hash     varchar(64)  not null,
    failed_attempts  int          not null default 0,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    token_hash       varchar(64)  unique,
    token_expires_at timestamp with time zone,
    issued_at        timestamp with time zone,
    holder           varchar(2000)
);
create index wallet_offer_learner on wallet_offer (learner_id);

-- The nonces a wallet signs its proof of possession over; each is taken once.
create table wallet_nonce (
    nonce      varchar(64) not null primary key,
    expires_at timestamp with time zone not null
);

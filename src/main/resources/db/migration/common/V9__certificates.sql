-- Signing keys: Ed25519 per institution. The private half is sealed with AES-GCM under a key derived
-- from MICRODEGREE_KEY_PASSWORD; retired keys stay, so older certificates still verify.
create table credential_key (
    institution_id  varchar(100) not null,
    seq             int          not null,
    public_multikey varchar(100) not null,
    sealed_private  varchar(400) not null,
    created_at      timestamp with time zone not null,
    retired_at      timestamp with time zone,
    primary key (institution_id, seq)
);

-- Issued certificates. award_key makes an award happen once (learner, kind, credential, version),
-- whatever runs overlap or crash; (institution, status_index) is the certificate's bit in its
-- institution's Bitstring Status List.
create table certificate (
    id               varchar(36)  not null primary key,
    award_key        varchar(400) not null unique,
    learner_id       varchar(36)  not null,
    certificate_kind varchar(20)  not null,
    item_kind        varchar(20)  not null,
    item_id          varchar(200) not null,
    item_version     int          not null,
    title            varchar(500) not null,
    institution_id   varchar(100) not null,
    status_index     int          not null,
    issued_at        timestamp with time zone not null,
    credential       varchar(1000000) not null,
    status           varchar(10)  not null,
    revoked_at       timestamp with time zone,
    revoked_reason   varchar(1000),
    revoked_by       varchar(200),
    unique (institution_id, status_index)
);
create index certificate_by_learner on certificate (learner_id);

-- Joint awards wait for every partner institution's approval, recorded here.
create table certificate_approval (
    award_key      varchar(400) not null,
    institution_id varchar(100) not null,
    approved_by    varchar(200) not null,
    approved_at    timestamp with time zone not null,
    primary key (award_key, institution_id)
);

-- learners with the least personal data that running their studies needs
create table learners_learner (
    id          varchar(36)  primary key,
    account_id  varchar(36)  unique,
    name        varchar(200),
    email       varchar(254),
    birth_date  date,
    status      varchar(30)  not null,
    created_at  timestamp with time zone not null,
    erased_at   timestamp with time zone
);
create index learners_learner_email on learners_learner (email);

create table learners_student_number (
    learner_id     varchar(36) not null references learners_learner (id) on delete cascade,
    institution_id varchar(40) not null,
    number         varchar(40) not null,
    primary key (institution_id, number),
    unique (learner_id, institution_id)
);

create table learners_consent (
    learner_id   varchar(36) not null references learners_learner (id) on delete cascade,
    purpose      varchar(40) not null,
    given_at     timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    primary key (learner_id, purpose)
);

-- the institutions a learner studies, applies, enrols or is assessed at: whose registrars see them
create table learners_affiliation (
    learner_id     varchar(36) not null references learners_learner (id) on delete cascade,
    institution_id varchar(40) not null,
    primary key (learner_id, institution_id)
);
create index learners_affiliation_institution on learners_affiliation (institution_id);

create table learners_round (
    id              varchar(80)  primary key,
    institution_id  varchar(40)  not null,
    item_kind       varchar(20)  not null,
    item_id         varchar(200) not null,
    opens_at        timestamp with time zone not null,
    closes_at       timestamp with time zone not null,
    zone            varchar(60)  not null,
    selection       varchar(20)  not null,
    capacity        integer      not null,
    per_institution integer,
    document        text         not null,
    selected_at     timestamp with time zone,
    created_at      timestamp with time zone not null
);

create table learners_application (
    id             varchar(36)  primary key,
    round_id       varchar(80)  not null references learners_round (id),
    learner_id     varchar(36)  not null references learners_learner (id),
    institution_id varchar(40)  not null,
    submitted_at   timestamp with time zone not null,
    status         varchar(20)  not null,
    profile        text         not null,
    score          numeric(7,3),
    rank_no        integer,
    reason         varchar(500),
    decided_at     timestamp with time zone,
    unique (round_id, learner_id)
);
create index learners_application_learner on learners_application (learner_id);

create table learners_review (
    application_id varchar(36)  not null references learners_application (id) on delete cascade,
    reviewer       varchar(200) not null,
    mark           numeric(5,2) not null,
    reviewed_at    timestamp with time zone not null,
    primary key (application_id, reviewer)
);

create table learners_document (
    application_id varchar(36)  not null references learners_application (id) on delete cascade,
    name           varchar(60)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(100) not null,
    content        bytea        not null,
    uploaded_at    timestamp with time zone not null,
    primary key (application_id, name)
);

-- places: one row per round; a conditional update takes a place, so no two instances overbook
create table learners_capacity (
    round_id varchar(80) primary key references learners_round (id),
    capacity integer     not null,
    taken    integer     not null,
    check (taken >= 0 and taken <= capacity)
);

create table learners_enrolment (
    id          varchar(36)  primary key,
    learner_id  varchar(36)  not null references learners_learner (id),
    item_kind   varchar(20)  not null,
    item_id     varchar(200) not null,
    round_id    varchar(80)  references learners_round (id),
    status      varchar(20)  not null,
    enrolled_at timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    -- learner|kind|item while active, null once withdrawn: one active enrolment per learner and item
    active_key  varchar(300) unique
);
create index learners_enrolment_learner on learners_enrolment (learner_id);

-- no foreign key to the learner: results arrive by the hundred thousand, each checked against the
-- learners before the import writes, and learners are never deleted (erasure keeps the id)
-- the id is the institution and the exam office's reference (luh:EX-2025-0001): one key, no second index
create table learners_achievement (
    id                varchar(141) primary key,
    learner_id        varchar(36)  not null,
    institution_id    varchar(40)  not null,
    item_kind         varchar(20)  not null,
    item_id           varchar(200) not null,
    achieved_on       date         not null,
    scale             varchar(20)  not null,
    grade             varchar(10)  not null,
    german_grade      numeric(2,1),
    passed            boolean      not null,
    credit_points     numeric(5,1) not null,
    assessment        varchar(30)  not null,
    supervised        boolean      not null,
    identity_verified boolean      not null,
    source            varchar(20)  not null,
    reference         varchar(100) not null,
    content_hash      char(64)     not null,
    recorded_at       timestamp with time zone not null
);
create index learners_achievement_learner on learners_achievement (learner_id);

create table learners_recognition (
    id                   varchar(36)  primary key,
    learner_id           varchar(36)  not null references learners_learner (id),
    achievement_id       varchar(141) references learners_achievement (id),
    external_institution varchar(200),
    external_title       varchar(300),
    external_cp          numeric(5,1),
    external_grade       varchar(10),
    target_kind          varchar(30)  not null,
    target_ref           varchar(200) not null,
    target_institution   varchar(40)  not null,
    requested_cp         numeric(5,1) not null,
    status               varchar(20)  not null,
    credited_cp          numeric(5,1),
    justification        varchar(2000),
    decided_by           varchar(200),
    decided_at           timestamp with time zone,
    requested_at         timestamp with time zone not null
);
create index learners_recognition_learner on learners_recognition (learner_id);

create table learners_notification (
    id         varchar(36)  primary key,
    learner_id varchar(36)  not null references learners_learner (id) on delete cascade,
    kind       varchar(40)  not null,
    args       text         not null,
    created_at timestamp with time zone not null,
    sent_at    timestamp with time zone
);
create index learners_notification_learner on learners_notification (learner_id);

-- every decision about a learner: who, when, what
create table learners_journal (
    seq        bigint generated by default as identity primary key,
    learner_id varchar(36)  not null,
    subject    varchar(60)  not null,
    at         timestamp with time zone not null,
    actor      varchar(200) not null,
    action     varchar(40)  not null,
    detail     varchar(1000)
);
create index learners_journal_learner on learners_journal (learner_id);

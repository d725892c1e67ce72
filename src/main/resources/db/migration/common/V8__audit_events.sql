-- Spring Modulith's event publication registry (schema version 2), shipped here rather than created
-- by Modulith, so that Flyway owns every table. The serialized event is a varchar that H2 and
-- PostgreSQL both compare; events stay well below its length (EvidenceRecorded is sent in chunks).
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);

-- A learner met the requirements of a credential version: once, whatever re-audits follow.
create table audit_requirements_met (
    learner_id   varchar(36)  not null,
    item_kind    varchar(20)  not null,
    item_id      varchar(200) not null,
    item_version int          not null,
    met_on       date         not null,
    recorded_at  timestamp with time zone not null,
    primary key (learner_id, item_kind, item_id, item_version)
);

-- Spring Batch's job repository (from spring-batch-core 6.0.6, schema-postgresql.sql, Apache-2.0),
-- managed by Flyway like every other table: bulk imports, audits and awards are jobs whose steps,
-- counts and restart points are kept here, so that a job cut off by a crash resumes where it stopped.
-- The same text runs on H2 (MODE=PostgreSQL).
create table batch_job_instance (
    job_instance_id bigint       not null primary key,
    version         bigint,
    job_name        varchar(100) not null,
    job_key         varchar(32)  not null,
    constraint job_inst_un unique (job_name, job_key)
);

create table batch_job_execution (
    job_execution_id bigint    not null primary key,
    version          bigint,
    job_instance_id  bigint    not null,
    create_time      timestamp not null,
    start_time       timestamp default null,
    end_time         timestamp default null,
    status           varchar(10),
    exit_code        varchar(2500),
    exit_message     varchar(2500),
    last_updated     timestamp,
    constraint job_inst_exec_fk foreign key (job_instance_id) references batch_job_instance (job_instance_id)
);

create table batch_job_execution_params (
    job_execution_id bigint       not null,
    parameter_name   varchar(100) not null,
    parameter_type   varchar(100) not null,
    parameter_value  varchar(2500),
    identifying      char(1)      not null,
    constraint job_exec_params_fk foreign key (job_execution_id) references batch_job_execution (job_execution_id)
);

create table batch_step_execution (
    step_execution_id  bigint       not null primary key,
    version            bigint       not null,
    step_name          varchar(100) not null,
    job_execution_id   bigint       not null,
    create_time        timestamp    not null,
    start_time         timestamp default null,
    end_time           timestamp default null,
    status             varchar(10),
    commit_count       bigint,
    read_count         bigint,
    filter_count       bigint,
    write_count        bigint,
    read_skip_count    bigint,
    write_skip_count   bigint,
    process_skip_count bigint,
    rollback_count     bigint,
    exit_code          varchar(2500),
    exit_message       varchar(2500),
    last_updated       timestamp,
    constraint job_exec_step_fk foreign key (job_execution_id) references batch_job_execution (job_execution_id)
);

create table batch_step_execution_context (
    step_execution_id  bigint        not null primary key,
    short_context      varchar(2500) not null,
    serialized_context text,
    constraint step_exec_ctx_fk foreign key (step_execution_id) references batch_step_execution (step_execution_id)
);

create table batch_job_execution_context (
    job_execution_id   bigint        not null primary key,
    short_context      varchar(2500) not null,
    serialized_context text,
    constraint job_exec_ctx_fk foreign key (job_execution_id) references batch_job_execution (job_execution_id)
);

create sequence batch_step_execution_seq maxvalue 9223372036854775807 no cycle;
create sequence batch_job_execution_seq maxvalue 9223372036854775807 no cycle;
create sequence batch_job_instance_seq maxvalue 9223372036854775807 no cycle;

-- the learners whose results a bulk import wrote: the job's audit-and-award steps work through them
-- (instead of one event per learner), also after a restart
create table jobs_learner (
    job_instance_id bigint      not null,
    learner_id      varchar(36) not null,
    primary key (job_instance_id, learner_id)
);

-- which instance worked on which part of a shared job (two servers on one PostgreSQL)
create table jobs_partition (
    step_execution_id bigint       not null primary key,
    job_execution_id  bigint       not null,
    step_name         varchar(100) not null,
    claimed_by        varchar(200),
    claimed_at        timestamp with time zone
);

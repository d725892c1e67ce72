-- Per credential: issue automatically when met (no row, the default), or only after a registrar
-- confirms (confirmation = true). Who set it, and when, is kept.
create table certificate_awarding (
    item_kind    varchar(20)  not null,
    item_id      varchar(200) not null,
    confirmation boolean      not null,
    set_by       varchar(200) not null,
    set_at       timestamp with time zone not null,
    primary key (item_kind, item_id)
);

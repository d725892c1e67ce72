-- the institutions taking part in a (joint) programme version: their staff see its drafts
create table catalog_partner (
    kind           varchar(20)  not null,
    id             varchar(161) not null,
    version        integer      not null,
    institution_id varchar(40)  not null,
    foreign key (kind, id, version) references catalog_item (kind, id, version) on delete cascade
);
create index catalog_partner_item on catalog_partner (kind, id, version);
create index catalog_partner_institution on catalog_partner (institution_id);

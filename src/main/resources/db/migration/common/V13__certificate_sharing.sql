-- A certificate's public page (/verify/{id}, the QR code's target) is on unless its holder switched it off.
create table certificate_unshared (
    certificate_id varchar(36) not null primary key references certificate (id),
    since          timestamp with time zone not null
);

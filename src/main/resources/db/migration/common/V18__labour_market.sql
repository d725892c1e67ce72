-- Labour-market figures per ESCO occupation, region and period (vacancies, online job
-- advertisements), imported from a CSV of a statistics office or Cedefop's skills intelligence.
-- One row per occupation, region, period and measure: importing the same key again replaces it.
create table labour_market_figure (
    occupation  varchar(200)  not null,
    region      varchar(12)   not null,
    period      varchar(10)   not null,
    measure     varchar(20)   not null,
    figure      bigint        not null,
    source      varchar(500)  not null,
    imported_by varchar(200)  not null,
    imported_at timestamp with time zone not null,
    primary key (occupation, region, period, measure)
);

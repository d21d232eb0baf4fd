-- Search analytics for platform admins (issue 19, docs/adr/0023): per UTC day and normalised query (lower
-- case words, single spaces), how often it was searched, how often that found nothing, and which products
-- its results led to. Counts only: no account, address, session or time of day is kept with a query.
-- The servers count in memory and add their counts here every few seconds, a batch per statement.

create table search_query_day (
    day             date         not null,
    query           varchar(200) not null,
    searches        bigint       not null check (searches >= 0),
    without_results bigint       not null check (without_results between 0 and searches),
    primary key (day, query)
);
-- the report reads a range of days
create index search_query_day_day_idx on search_query_day (day);

create table search_click_day (
    day        date         not null,
    query      varchar(200) not null,
    product_id bigint       not null references product (id) on delete cascade,
    clicks     bigint       not null check (clicks > 0),
    primary key (day, query, product_id)
);
create index search_click_day_product_idx on search_click_day (product_id);

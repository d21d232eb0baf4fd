-- Analytics' read model, fed by order events (bazaar.events::analytics), never written by the order
-- code itself. A sale counts on the UTC day its vendor order was paid; a cancellation after payment
-- subtracts it from that same day. Figures are kept per currency and never added across currencies.
-- No foreign keys: a read model follows the events, whatever happens to the rows they came from.
-- No "not negative" checks either: a cancellation may be handled before its payment (redelivery),
-- and the two meet at the right figure whichever comes first.

-- one row per shop, day and currency: paid vendor orders, units and what their customers paid
create table sales_daily (
    vendor_id     bigint     not null,
    day           date       not null,
    currency      varchar(3) not null,
    orders        integer    not null,
    units         bigint     not null,
    gross_amount  bigint     not null,
    primary key (vendor_id, day, currency)
);
-- the whole platform's days (admins) scan by day
create index sales_daily_day_idx on sales_daily (day);

-- one row per shop, product, day and currency: units sold and the lines' amount
create table product_sales_daily (
    vendor_id     bigint       not null,
    product_id    bigint       not null,
    day           date         not null,
    currency      varchar(3)   not null,
    product_name  varchar(200) not null,
    units         bigint       not null,
    amount        bigint       not null,
    primary key (vendor_id, product_id, day, currency)
);
create index product_sales_daily_day_idx on product_sales_daily (day);

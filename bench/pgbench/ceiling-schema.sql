-- The ceiling's tables (bench/run.sh loads this into the scratch database bazaar_ceiling, never into
-- Bazaar's own): the rows a checkout must write, with the columns, keys, checks and indexes they have
-- in db/migrations (V1 event_log, V9 stock_level, V15 order_group, vendor_order, order_line). Foreign
-- keys to tables outside this set (customers, shops, variants, locations) are left out; those among the
-- order tables stay. :variants stock rows at one location, with more units than any run can sell.

drop table if exists order_line, vendor_order, order_group, stock_level, event_log;
drop sequence if exists order_number_seq;

create table stock_level (
    variant_id  bigint  not null,
    location_id bigint  not null,
    on_hand     integer not null default 0,
    reserved    integer not null default 0,
    version     bigint  not null default 0,
    primary key (variant_id, location_id),
    constraint stock_on_hand_not_negative check (on_hand >= 0),
    constraint stock_reserved_not_negative check (reserved >= 0),
    constraint stock_reserved_within_on_hand check (reserved <= on_hand)
);
create index stock_level_location_idx on stock_level (location_id);

create sequence order_number_seq start with 100001;

create table order_group (
    id                bigint generated always as identity primary key,
    number            varchar(20)  not null unique,
    customer_id       bigint,
    customer_email    varchar(254) not null,
    customer_name     varchar(120) not null,
    currency          char(3)      not null,
    ship_recipient    varchar(120) not null,
    ship_line1        varchar(200) not null,
    ship_line2        varchar(200),
    ship_city         varchar(100) not null,
    ship_region       varchar(100),
    ship_postal_code  varchar(20)  not null,
    ship_country      char(2)      not null,
    ship_phone        varchar(40),
    bill_recipient    varchar(120) not null,
    bill_line1        varchar(200) not null,
    bill_line2        varchar(200),
    bill_city         varchar(100) not null,
    bill_region       varchar(100),
    bill_postal_code  varchar(20)  not null,
    bill_country      char(2)      not null,
    bill_phone        varchar(40),
    items_amount      bigint       not null check (items_amount >= 0),
    discount_amount   bigint       not null check (discount_amount >= 0),
    shipping_amount   bigint       not null check (shipping_amount >= 0),
    tax_amount        bigint       not null check (tax_amount >= 0),
    total_amount      bigint       not null check (total_amount >= 0),
    tax_rate_bps      integer      not null,
    coupon_id         bigint,
    coupon_code       varchar(40),
    payment_method    varchar(20)  not null,
    payment_status    varchar(20)  not null check (payment_status in ('AWAITING', 'PAID', 'CANCELLED')),
    reserved_until    timestamptz,
    placed_at         timestamptz  not null,
    paid_at           timestamptz,
    version           bigint       not null default 0
);
create index order_group_customer_idx on order_group (customer_id, placed_at desc);
create index order_group_awaiting_idx on order_group (reserved_until) where payment_status = 'AWAITING';

create table vendor_order (
    id                       bigint generated always as identity primary key,
    order_group_id           bigint       not null references order_group (id),
    vendor_id                bigint       not null,
    number                   varchar(24)  not null unique,
    status                   varchar(20)  not null,
    items_amount             bigint       not null check (items_amount >= 0),
    discount_amount          bigint       not null check (discount_amount >= 0),
    vendor_discount_amount   bigint       not null check (vendor_discount_amount >= 0),
    shipping_amount          bigint       not null check (shipping_amount >= 0),
    tax_amount               bigint       not null check (tax_amount >= 0),
    total_amount             bigint       not null check (total_amount >= 0),
    commission_bps           integer      not null check (commission_bps between 0 and 10000),
    commission_amount        bigint       not null check (commission_amount >= 0),
    shipping_method          varchar(60)  not null,
    carrier                  varchar(60),
    tracking_number          varchar(80),
    placed_at                timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0
);
create index vendor_order_group_idx on vendor_order (order_group_id);
create index vendor_order_vendor_idx on vendor_order (vendor_id, placed_at desc);
create index vendor_order_status_idx on vendor_order (status, placed_at desc);

create table order_line (
    id                bigint generated always as identity primary key,
    vendor_order_id   bigint       not null references vendor_order (id),
    position          integer      not null,
    variant_id        bigint,
    product_id        bigint,
    product_name      varchar(200) not null,
    variant_title     varchar(200) not null,
    sku               varchar(64)  not null,
    quantity          integer      not null check (quantity > 0),
    unit_price_amount bigint       not null check (unit_price_amount >= 0),
    constraint order_line_position unique (vendor_order_id, position)
);

create table event_log (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    event_type   varchar(80) not null,
    aggregate_id varchar(80),
    payload      text        not null,
    occurred_at  timestamptz not null,
    received_at  timestamptz not null default now()
);
create index event_log_received_idx on event_log (received_at desc);
create index event_log_aggregate_idx on event_log (aggregate_id);

insert into stock_level (variant_id, location_id, on_hand)
select v, 1, 1000000000 from generate_series(1, :variants) v;
vacuum analyze stock_level;

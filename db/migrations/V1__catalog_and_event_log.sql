-- The walking skeleton's schema: vendors, categories and products with a Money price,
-- and the log of domain events received from the broker.

create table vendor (
    id         bigint generated always as identity primary key,
    slug       varchar(80)  not null unique,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);

create table category (
    id   bigint generated always as identity primary key,
    slug varchar(80)  not null unique,
    name varchar(120) not null
);

create table product (
    id             bigint generated always as identity primary key,
    vendor_id      bigint       not null references vendor (id),
    category_id    bigint       references category (id),
    slug           varchar(160) not null unique,
    name           varchar(200) not null,
    description    text,
    price_amount   bigint       not null check (price_amount >= 0),
    price_currency char(3)      not null check (price_currency ~ '^[A-Z]{3}$'),
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);

create index product_vendor_idx on product (vendor_id);
create index product_category_idx on product (category_id);
create index product_name_lower_idx on product (lower(name));
create index product_price_idx on product (price_amount);

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

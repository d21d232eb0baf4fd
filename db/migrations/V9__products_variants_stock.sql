-- The catalog grows up: a category tree, products that go through review before shoppers see them,
-- variants (the SKUs a shopper buys, each with its own price), typed attributes for facets, and stock
-- per variant and stock location with every change written as a movement.

alter table category
    add column parent_id bigint references category (id),
    add column position  integer not null default 0;
create index category_parent_idx on category (parent_id);

-- price_amount/price_currency now hold the lowest variant price (the "from" price lists show and sort by)
alter table product
    add column status        varchar(20) not null default 'ACTIVE'
        check (status in ('DRAFT', 'PENDING_REVIEW', 'ACTIVE', 'REJECTED', 'ARCHIVED')),
    add column brand         varchar(120),
    add column status_reason text,
    add column published_at  timestamptz;
alter table product alter column status drop default;
update product set published_at = created_at;
create index product_status_idx on product (status, vendor_id);

create table product_variant (
    id                  bigint generated always as identity primary key,
    product_id          bigint      not null references product (id) on delete cascade,
    vendor_id           bigint      not null references vendor (id),
    sku                 varchar(64) not null,
    title               varchar(200) not null,
    price_amount        bigint      not null check (price_amount >= 0),
    price_currency      char(3)     not null check (price_currency ~ '^[A-Z]{3}$'),
    compare_at_amount   bigint      check (compare_at_amount >= 0),
    weight_grams        integer     check (weight_grams >= 0),
    low_stock_threshold integer     not null default 0 check (low_stock_threshold >= 0),
    position            integer     not null default 0,
    version             bigint      not null default 0,
    constraint product_variant_sku_per_vendor unique (vendor_id, sku)
);
create index product_variant_product_idx on product_variant (product_id);

-- a variant's option values: size = M, colour = Blue
create table variant_option (
    variant_id bigint       not null references product_variant (id) on delete cascade,
    position   integer      not null,
    name       varchar(40)  not null,
    value      varchar(80)  not null,
    primary key (variant_id, position)
);

-- typed key/values used for facets: material = oak (TEXT), capacity_l = 4 (NUMBER), organic = true (BOOLEAN)
create table product_attribute (
    product_id   bigint        not null references product (id) on delete cascade,
    position     integer       not null,
    name         varchar(40)   not null,
    kind         varchar(10)   not null check (kind in ('TEXT', 'NUMBER', 'BOOLEAN')),
    text_value   varchar(200),
    number_value numeric(14, 4),
    primary key (product_id, position)
);
create index product_attribute_facet_idx on product_attribute (name, text_value);

create table stock_location (
    id          bigint generated always as identity primary key,
    vendor_id   bigint       not null references vendor (id),
    name        varchar(120) not null,
    line1       varchar(200) not null,
    city        varchar(100) not null,
    postal_code varchar(20)  not null,
    country     char(2)      not null check (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz  not null default now()
);
create unique index stock_location_name_per_vendor on stock_location (vendor_id, lower(name));

create table stock_level (
    variant_id  bigint  not null references product_variant (id) on delete cascade,
    location_id bigint  not null references stock_location (id),
    on_hand     integer not null default 0,
    reserved    integer not null default 0,
    version     bigint  not null default 0,
    primary key (variant_id, location_id),
    constraint stock_on_hand_not_negative check (on_hand >= 0),
    constraint stock_reserved_not_negative check (reserved >= 0),
    constraint stock_reserved_within_on_hand check (reserved <= on_hand)
);
create index stock_level_location_idx on stock_level (location_id);

create table stock_movement (
    id             bigint generated always as identity primary key,
    variant_id     bigint       not null references product_variant (id) on delete cascade,
    location_id    bigint       not null references stock_location (id),
    on_hand_delta  integer      not null,
    reserved_delta integer      not null default 0,
    reason         varchar(200) not null,
    actor          varchar(254) not null,
    occurred_at    timestamptz  not null default now()
);
create index stock_movement_variant_idx on stock_movement (variant_id, occurred_at desc);

-- whether a variant's available stock is at or below its threshold, so inventory.low-stock goes out
-- once per crossing, not with every sale below it
create table low_stock_state (
    variant_id bigint  primary key references product_variant (id) on delete cascade,
    below      boolean not null
);

-- every product so far becomes a product with one variant at its price
insert into product_variant (product_id, vendor_id, sku, title, price_amount, price_currency)
select id, vendor_id, upper(slug), 'Standard', price_amount, price_currency from product;

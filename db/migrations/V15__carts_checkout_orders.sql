-- Carts (guests' and customers'), what checkout prices with (shipping rates, tax rates, coupons), and
-- the orders it makes: one order group per checkout, split into one vendor order per shop, with lines,
-- the stock each line reserved, and every status change.

-- A guest's cart is found by the SHA-256 of the token in their cookie (or X-Cart-Token header); a
-- customer's by their account. One currency per cart: one checkout is one payment.
create table cart (
    id          bigint generated always as identity primary key,
    token_hash  char(64) unique,
    customer_id bigint unique references app_user (id) on delete cascade,
    currency    char(3) check (currency ~ '^[A-Z]{3}$'),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    constraint cart_has_one_owner check ((token_hash is null) <> (customer_id is null))
);
create index cart_guest_age_idx on cart (updated_at) where customer_id is null;

-- seen_price_amount: the price the shopper was last shown, so a change can be explained
create table cart_line (
    id                bigint generated always as identity primary key,
    cart_id           bigint      not null references cart (id) on delete cascade,
    variant_id        bigint      not null references product_variant (id) on delete cascade,
    quantity          integer     not null check (quantity between 1 and 999),
    seen_price_amount bigint      not null check (seen_price_amount >= 0),
    added_at          timestamptz not null default now(),
    constraint cart_line_one_per_variant unique (cart_id, variant_id)
);

-- Standard delivery per shop and currency: a flat rate, free from a threshold of goods. A row without
-- a vendor is the platform's default for shops that set none.
create table shipping_rate (
    id               bigint generated always as identity primary key,
    vendor_id        bigint references vendor (id),
    currency         char(3) not null check (currency ~ '^[A-Z]{3}$'),
    flat_amount      bigint  not null check (flat_amount >= 0),
    free_over_amount bigint  check (free_over_amount >= 0)
);
create unique index shipping_rate_per_vendor_currency on shipping_rate (coalesce(vendor_id, 0), currency);

insert into shipping_rate (vendor_id, currency, flat_amount, free_over_amount) values
    (null, 'EUR', 495, 5000),
    (null, 'GBP', 395, 4000),
    (null, 'USD', 599, 7500),
    (null, 'JPY', 700, 8000),
    (null, 'NOK', 4900, 60000);

-- Tax per destination country, in basis points (2500 = 25 %). A country without a rate is one we do
-- not deliver to.
create table tax_rate (
    country    char(2)     primary key check (country ~ '^[A-Z]{2}$'),
    rate_bps   integer     not null check (rate_bps between 0 and 10000),
    updated_at timestamptz not null default now()
);

insert into tax_rate (country, rate_bps) values
    ('AT', 2000), ('BE', 2100), ('DE', 1900), ('DK', 2500), ('ES', 2100), ('FI', 2550), ('FR', 2000),
    ('GB', 2000), ('IE', 2300), ('IT', 2200), ('JP', 1000), ('NL', 2100), ('NO', 2500), ('PL', 2300),
    ('SE', 2500), ('US', 0);

-- A coupon is platform-funded (vendor_id null, applies to the whole order) or funded by one shop
-- (applies to that shop's lines only). Amounts are in the coupon's currency.
create table coupon (
    id                    bigint generated always as identity primary key,
    code                  varchar(40)  not null check (code = upper(code)),
    kind                  varchar(10)  not null check (kind in ('PERCENT', 'FIXED')),
    percent_bps           integer      check (percent_bps between 1 and 10000),
    amount                bigint       check (amount > 0),
    currency              char(3)      check (currency ~ '^[A-Z]{3}$'),
    min_spend_amount      bigint       check (min_spend_amount >= 0),
    vendor_id             bigint       references vendor (id),
    starts_at             timestamptz,
    ends_at               timestamptz,
    max_uses              integer      check (max_uses > 0),
    max_uses_per_customer integer      check (max_uses_per_customer > 0),
    used_count            integer      not null default 0,
    active                boolean      not null default true,
    created_by            varchar(254) not null,
    created_at            timestamptz  not null default now(),
    constraint coupon_code_unique unique (code),
    constraint coupon_value check ((kind = 'PERCENT' and percent_bps is not null and amount is null)
        or (kind = 'FIXED' and amount is not null and percent_bps is null and currency is not null)),
    constraint coupon_currency_with_amounts check (min_spend_amount is null or currency is not null),
    constraint coupon_within_limit check (max_uses is null or used_count <= max_uses),
    constraint coupon_window check (starts_at is null or ends_at is null or starts_at < ends_at)
);

create sequence order_number_seq start with 100001;

create table order_group (
    id                bigint generated always as identity primary key,
    number            varchar(20)  not null unique,
    customer_id       bigint       not null references app_user (id),
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
    coupon_id         bigint       references coupon (id),
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
    vendor_id                bigint       not null references vendor (id),
    number                   varchar(24)  not null unique,
    status                   varchar(20)  not null check (status in ('PENDING_PAYMENT', 'PAID', 'ACCEPTED', 'SHIPPED',
        'DELIVERED', 'COMPLETED', 'CANCELLED', 'RETURN_REQUESTED', 'RETURNED', 'REFUNDED')),
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
    version                  bigint       not null default 0,
    constraint vendor_order_discount_within_items check (discount_amount <= items_amount)
);
create index vendor_order_group_idx on vendor_order (order_group_id);
create index vendor_order_vendor_idx on vendor_order (vendor_id, placed_at desc);
create index vendor_order_status_idx on vendor_order (status, placed_at desc);

-- snapshots: what was bought, at what price, whatever the catalog says later
create table order_line (
    id               bigint generated always as identity primary key,
    vendor_order_id  bigint       not null references vendor_order (id),
    position         integer      not null,
    variant_id       bigint       references product_variant (id) on delete set null,
    product_id       bigint,
    product_name     varchar(200) not null,
    variant_title    varchar(200) not null,
    sku              varchar(64)  not null,
    quantity         integer      not null check (quantity > 0),
    unit_price_amount bigint      not null check (unit_price_amount >= 0),
    constraint order_line_position unique (vendor_order_id, position)
);

-- where each line's units were reserved (then sold, released or put back)
create table order_reservation (
    order_line_id bigint  not null references order_line (id),
    location_id   bigint  not null references stock_location (id),
    quantity      integer not null check (quantity > 0),
    primary key (order_line_id, location_id)
);

create table vendor_order_status_change (
    id              bigint generated always as identity primary key,
    vendor_order_id bigint       not null references vendor_order (id),
    from_status     varchar(20),
    to_status       varchar(20)  not null,
    actor           varchar(254) not null,
    reason          varchar(500),
    occurred_at     timestamptz  not null
);
create index vendor_order_status_change_idx on vendor_order_status_change (vendor_order_id, occurred_at);

create table coupon_use (
    id              bigint generated always as identity primary key,
    coupon_id       bigint      not null references coupon (id),
    order_group_id  bigint      not null unique references order_group (id),
    customer_id     bigint      not null references app_user (id),
    discount_amount bigint      not null check (discount_amount >= 0),
    used_at         timestamptz not null
);
create index coupon_use_customer_idx on coupon_use (coupon_id, customer_id);

-- Idempotency-Key of a checkout: the same key and body give the same order; the row commits with it.
create table checkout_request (
    customer_id     bigint       not null references app_user (id),
    idempotency_key varchar(200) not null,
    request_hash    char(64)     not null,
    order_group_id  bigint       references order_group (id),
    created_at      timestamptz  not null default now(),
    primary key (customer_id, idempotency_key)
);

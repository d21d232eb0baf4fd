-- Each account's address book: shipping and billing addresses, at most one default of each.
create table address (
    id               bigint generated always as identity primary key,
    user_id          bigint       not null references app_user (id) on delete cascade,
    recipient        varchar(120) not null,
    line1            varchar(200) not null,
    line2            varchar(200),
    city             varchar(100) not null,
    region           varchar(100),
    postal_code      varchar(20)  not null,
    country          char(2)      not null check (country ~ '^[A-Z]{2}$'),
    phone            varchar(40),
    default_shipping boolean      not null default false,
    default_billing  boolean      not null default false,
    created_at       timestamptz  not null default now()
);

create index address_user_idx on address (user_id);
create unique index address_one_default_shipping on address (user_id) where default_shipping;
create unique index address_one_default_billing on address (user_id) where default_billing;

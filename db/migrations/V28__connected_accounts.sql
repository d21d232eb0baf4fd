-- Stripe Connect: a shop's Express account, which its owner connects from the back office, and its
-- state as Stripe last reported it (account.updated). One account per shop.
create table connected_account (
    vendor_id          bigint       primary key references vendor (id),
    stripe_account_id  varchar(64)  not null unique,
    details_submitted  boolean      not null default false,
    charges_enabled    boolean      not null default false,
    payouts_enabled    boolean      not null default false,
    requirements_due   integer      not null default 0 check (requirements_due >= 0),
    disabled_reason    varchar(200),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);

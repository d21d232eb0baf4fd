-- Guest checkout: a shopper without an account checks out with an e-mail address. The orders belong
-- to a guest identity, one per address, until an account verifies that address and takes them over
-- (ADR 0016). A guest reaches an order through a mailed link whose token is stored only as a SHA-256.

create table guest_buyer (
    id          bigint generated always as identity primary key,
    email       varchar(254) not null unique,
    created_at  timestamptz  not null,
    constraint guest_buyer_email_lower check (email = lower(email))
);

alter table order_group alter column customer_id drop not null;
alter table order_group add column guest_id bigint references guest_buyer (id);
alter table order_group add constraint order_group_one_owner check ((customer_id is null) <> (guest_id is null));
create index order_group_guest_idx on order_group (guest_id) where guest_id is not null;

alter table coupon_use alter column customer_id drop not null;
alter table coupon_use add column guest_id bigint references guest_buyer (id);
alter table coupon_use add constraint coupon_use_one_owner check ((customer_id is null) <> (guest_id is null));
create index coupon_use_guest_idx on coupon_use (coupon_id, guest_id) where guest_id is not null;

-- an Idempotency-Key belongs to the customer or the guest who sent it
alter table checkout_request drop constraint checkout_request_pkey;
alter table checkout_request alter column customer_id drop not null;
alter table checkout_request add column guest_id bigint references guest_buyer (id);
alter table checkout_request add constraint checkout_request_one_owner check ((customer_id is null) <> (guest_id is null));
create unique index checkout_request_customer_key on checkout_request (customer_id, idempotency_key) where customer_id is not null;
create unique index checkout_request_guest_key on checkout_request (guest_id, idempotency_key) where guest_id is not null;

create table guest_order_link (
    id              bigint generated always as identity primary key,
    order_group_id  bigint      not null references order_group (id),
    token_hash      char(64)    not null unique,
    issued_at       timestamptz not null,
    expires_at      timestamptz not null,
    constraint guest_order_link_expires_later check (expires_at > issued_at)
);
create index guest_order_link_group_idx on guest_order_link (order_group_id);

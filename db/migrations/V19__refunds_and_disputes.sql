-- Refunds per vendor order (a shop's part of a checkout), whole or partial: a card refund is PENDING
-- until Stripe confirms it; a bank-transfer order's refund is OWED to the shopper until an admin pays
-- it out. The sum of a part's refunds that are not FAILED never exceeds the part's total (checked
-- under the group's row lock by the service). Disputes (chargebacks) as Stripe reports them.

create table refund (
    id                  bigint generated always as identity primary key,
    order_group_id      bigint       not null references order_group (id),
    vendor_order_id     bigint       not null references vendor_order (id),
    vendor_order_number varchar(24)  not null,
    vendor_id           bigint       not null references vendor (id),
    method              varchar(20)  not null check (method in ('CARD', 'MANUAL')),
    amount_minor        bigint       not null check (amount_minor > 0),
    currency            char(3)      not null,
    status              varchar(20)  not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'OWED', 'PAID_OUT')),
    reason              varchar(500) not null,
    requested_by        varchar(254) not null,
    request_key         varchar(200),
    request_hash        varchar(64),
    stripe_refund_id    varchar(255) unique,
    failure_message     varchar(500),
    paid_out_reference  varchar(200),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    unique (requested_by, request_key)
);
create index refund_vendor_order on refund (vendor_order_id);
create index refund_group on refund (order_group_id);

create table dispute (
    id                bigint generated always as identity primary key,
    stripe_dispute_id varchar(255) not null unique,
    charge_id         varchar(255) not null,
    order_group_id    bigint       not null references order_group (id),
    amount_minor      bigint       not null,
    currency          char(3)      not null,
    reason            varchar(100) not null,
    status            varchar(40)  not null,
    outcome           varchar(10)  check (outcome in ('won', 'lost')),
    opened_at         timestamptz  not null,
    closed_at         timestamptz
);
create index dispute_open on dispute (order_group_id) where closed_at is null;

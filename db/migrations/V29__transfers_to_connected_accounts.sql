-- Transfers to the shops' connected accounts (docs/adr/0018). The payout run records a transfer as
-- SENDING, with its ledger entry and the idempotency key it will send, in one transaction before it
-- calls Stripe, then settles it: SENT with Stripe's id, or FAILED with Stripe's reason (tried again
-- after a back-off). A row left SENDING (a crash, an answer that never came) is sent again with the
-- same key, so Stripe answers with the transfer it may already have made. At most one open (SENDING or
-- FAILED) transfer per shop and currency: a second run cannot start another.

alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check check (kind in
    ('SALE', 'COMMISSION', 'REFUND', 'MANUAL_PAYOUT', 'ADJUSTMENT', 'TRANSFER', 'TRANSFER_REVERSAL',
     'COMMISSION_EARNED', 'DISCOUNT_FUNDED', 'ADJUSTMENT_OFFSET'));

create table shop_transfer (
    id                  bigint generated always as identity primary key,
    vendor_id           bigint       not null references vendor (id),
    currency            char(3)      not null,
    amount_minor        bigint       not null check (amount_minor > 0),
    destination         varchar(64)  not null,
    source_charge       varchar(255),
    transfer_group      varchar(64),
    idempotency_key     varchar(120) not null unique,
    state               varchar(10)  not null check (state in ('SENDING', 'SENT', 'FAILED')),
    stripe_transfer_id  varchar(64)  unique,
    attempts            integer      not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz  not null,
    last_error          varchar(500),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    check ((state = 'SENT') = (stripe_transfer_id is not null))
);
create unique index shop_transfer_one_open on shop_transfer (vendor_id, currency) where state <> 'SENT';
create index shop_transfer_due on shop_transfer (next_attempt_at) where state <> 'SENT';
create index shop_transfer_shop on shop_transfer (vendor_id, created_at desc);

-- The parts whose money a transfer carried (each part's in at most one): a refund of one of them
-- reverses that transfer, and a transfer of one order's parts names the order's charge.
create table shop_transfer_part (
    vendor_order_number varchar(24) primary key,
    transfer_id         bigint      not null references shop_transfer (id)
);
create index shop_transfer_part_transfer on shop_transfer_part (transfer_id);

-- A refund of a part whose money was transferred takes the shop's share back from its connected
-- account (a TransferReversal), recorded and settled as transfers are. One per refund.
create table transfer_reversal (
    id                  bigint generated always as identity primary key,
    transfer_id         bigint       not null references shop_transfer (id),
    refund_id           bigint       not null unique,
    vendor_id           bigint       not null references vendor (id),
    currency            char(3)      not null,
    amount_minor        bigint       not null check (amount_minor > 0),
    idempotency_key     varchar(120) not null unique,
    state               varchar(10)  not null check (state in ('SENDING', 'SENT', 'FAILED')),
    stripe_reversal_id  varchar(64)  unique,
    attempts            integer      not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz  not null,
    last_error          varchar(500),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    check ((state = 'SENT') = (stripe_reversal_id is not null))
);
create index transfer_reversal_due on transfer_reversal (next_attempt_at) where state <> 'SENT';

-- Shops whose payouts an admin paused, and why (the pause and its end are in the audit trail too).
create table payout_pause (
    vendor_id  bigint       primary key references vendor (id),
    reason     varchar(500) not null,
    paused_by  varchar(254) not null,
    paused_at  timestamptz  not null
);

-- Card payments through Stripe (docs/adr/0012). One payment per order group: the row is written in
-- the checkout's transaction, the PaymentIntent is created at Stripe after that commits and its id
-- recorded in a transaction of its own. Each Stripe event is handled once (stripe_event).

create table card_payment (
    id                 bigint generated always as identity primary key,
    order_group_id     bigint       not null unique references order_group (id),
    order_number       varchar(20)  not null,
    customer_email     varchar(254) not null,
    amount_minor       bigint       not null check (amount_minor > 0),
    currency           char(3)      not null,
    status             varchar(32)  not null check (status in
                           ('AWAITING_INTENT', 'REQUIRES_PAYMENT_METHOD', 'PROCESSING', 'SUCCEEDED', 'CANCELED')),
    idempotency_key    varchar(100) not null unique,
    intent_id          varchar(255) unique,
    client_secret      varchar(255),
    charge_id          varchar(255),
    last_error_code    varchar(100),
    last_error_message varchar(500),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    succeeded_at       timestamptz,
    check (status in ('AWAITING_INTENT', 'CANCELED') or intent_id is not null),
    check (status <> 'SUCCEEDED' or succeeded_at is not null)
);

create table stripe_event (
    event_id    varchar(255) primary key,
    type        varchar(100) not null,
    object_id   varchar(255),
    received_at timestamptz  not null
);

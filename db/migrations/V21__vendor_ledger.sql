-- The shops' money (docs/adr/0013): one row per movement of money, per account and currency, never
-- changed or removed. An account is a shop (vendor_id) or the platform itself (vendor_id null). A paid
-- part credits its shop with the sale and debits the commission, which the platform earns; a discount
-- the platform funds is the platform's cost. Per currency, every entry of every account adds up to what
-- shoppers paid minus what went back to them. entry_key names the movement, so it is written once.

create table ledger_entry (
    id                  bigint generated always as identity primary key,
    vendor_id           bigint       references vendor (id),
    currency            char(3)      not null,
    kind                varchar(30)  not null check (kind in
                            ('SALE', 'COMMISSION', 'REFUND', 'MANUAL_PAYOUT', 'ADJUSTMENT',
                             'COMMISSION_EARNED', 'DISCOUNT_FUNDED', 'ADJUSTMENT_OFFSET')),
    amount_minor        bigint       not null check (amount_minor <> 0),
    order_number        varchar(20),
    vendor_order_number varchar(24),
    stripe_object       varchar(255),
    entry_key           varchar(120) not null unique,
    memo                varchar(500) not null,
    recorded_at         timestamptz  not null,
    check ((vendor_id is null) = (kind in ('COMMISSION_EARNED', 'DISCOUNT_FUNDED', 'ADJUSTMENT_OFFSET')))
);
create index ledger_entry_shop on ledger_entry (vendor_id, currency, recorded_at desc);
create index ledger_entry_vendor_order on ledger_entry (vendor_order_number);

create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are never changed or removed (% refused)', tg_op;
end
$$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();

-- What admins record by hand, each once per Idempotency-Key: a payout made outside Stripe (a bank
-- transfer to the shop, with its reference), or an adjustment of a shop's balance (with a reason;
-- the platform's account takes the other side).
create table manual_movement (
    id            bigint generated always as identity primary key,
    kind          varchar(20)  not null check (kind in ('MANUAL_PAYOUT', 'ADJUSTMENT')),
    vendor_id     bigint       not null references vendor (id),
    currency      char(3)      not null,
    amount_minor  bigint       not null check (amount_minor <> 0 and (kind = 'ADJUSTMENT' or amount_minor > 0)),
    note          varchar(500) not null,
    recorded_by   varchar(254) not null,
    request_key   varchar(200),
    request_hash  varchar(64),
    created_at    timestamptz  not null,
    unique (recorded_by, request_key)
);
create index manual_movement_shop on manual_movement (vendor_id, created_at desc);

-- When a part's money stops being pending: its delivery plus the hold for returns. Entries of a part
-- with no row here (not delivered yet) are pending.
create table ledger_release (
    vendor_order_number varchar(24) primary key,
    vendor_id           bigint      not null references vendor (id),
    delivered_at        timestamptz not null,
    available_at        timestamptz not null
);

-- Money that moved before the ledger existed, posted as the consumer would have posted it (the hold is
-- the default seven days), so the reconciliation balances from the first day.
insert into ledger_entry (vendor_id, currency, kind, amount_minor, order_number, vendor_order_number, stripe_object, entry_key, memo, recorded_at)
select p.vendor_id, p.currency, p.kind, p.amount, p.order_number, p.part, p.charge, p.entry_key, p.memo, p.paid_at
from (
    select vo.vendor_id, g.currency, 'SALE' as kind, vo.total_amount + vo.discount_amount - vo.vendor_discount_amount as amount,
           g.number as order_number, vo.number as part, cp.charge_id as charge, 'sale:' || vo.number as entry_key,
           'Sale ' || vo.number as memo, g.paid_at
    from vendor_order vo join order_group g on g.id = vo.order_group_id left join card_payment cp on cp.order_group_id = g.id
    where g.paid_at is not null
    union all
    select vo.vendor_id, g.currency, 'COMMISSION', -vo.commission_amount, g.number, vo.number, cp.charge_id,
           'commission:' || vo.number, 'Commission on ' || vo.number, g.paid_at
    from vendor_order vo join order_group g on g.id = vo.order_group_id left join card_payment cp on cp.order_group_id = g.id
    where g.paid_at is not null
    union all
    select null, g.currency, 'COMMISSION_EARNED', vo.commission_amount, g.number, vo.number, cp.charge_id,
           'commission-earned:' || vo.number, 'Commission on ' || vo.number, g.paid_at
    from vendor_order vo join order_group g on g.id = vo.order_group_id left join card_payment cp on cp.order_group_id = g.id
    where g.paid_at is not null
    union all
    select null, g.currency, 'DISCOUNT_FUNDED', -(vo.discount_amount - vo.vendor_discount_amount), g.number, vo.number, cp.charge_id,
           'discount-funded:' || vo.number, 'Platform-funded discount on ' || vo.number, g.paid_at
    from vendor_order vo join order_group g on g.id = vo.order_group_id left join card_payment cp on cp.order_group_id = g.id
    where g.paid_at is not null
    union all
    select r.vendor_id, r.currency, 'REFUND', -r.amount_minor, g.number, r.vendor_order_number, r.stripe_refund_id,
           'refund:' || r.id, 'Refund ' || r.id || ' of ' || r.vendor_order_number, r.updated_at
    from refund r join order_group g on g.id = r.order_group_id
    where r.status in ('SUCCEEDED', 'PAID_OUT')
) p
where p.amount <> 0;

insert into ledger_release (vendor_order_number, vendor_id, delivered_at, available_at)
select vo.number, vo.vendor_id, min(c.occurred_at), min(c.occurred_at) + interval '7 days'
from vendor_order vo join vendor_order_status_change c on c.vendor_order_id = vo.id and c.to_status = 'DELIVERED'
group by vo.number, vo.vendor_id;

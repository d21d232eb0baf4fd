-- Disputes on the shops' ledger (docs/adr/0021). A dispute opened on a charge debits each shop's part
-- of the disputed order (DISPUTE, naming the part and the Stripe dispute) in the transaction that
-- records the dispute; a dispute won credits it back (DISPUTE_WON); a dispute lost stays debited.

alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check check (kind in
    ('SALE', 'COMMISSION', 'REFUND', 'MANUAL_PAYOUT', 'ADJUSTMENT', 'TRANSFER', 'TRANSFER_REVERSAL', 'DISPUTE', 'DISPUTE_WON',
     'COMMISSION_EARNED', 'DISCOUNT_FUNDED', 'ADJUSTMENT_OFFSET'));

create index ledger_entry_stripe_object on ledger_entry (stripe_object) where kind = 'DISPUTE';
create index ledger_entry_order on ledger_entry (order_number);

-- History: disputes recorded before this migration are posted as the webhook now posts them. Each
-- shop's part bears the dispute in proportion to what is left of it (its sale less the discount the
-- platform funded and refunds: what the shopper paid for it), rounded down, the few minor units left
-- over going one each to the first parts in order of their number (Postings.forDispute).
with part as (
    select d.stripe_dispute_id, d.amount_minor as disputed, d.currency, d.opened_at, d.closed_at, d.outcome,
           e.order_number, e.vendor_order_number, max(e.vendor_id) as vendor_id, sum(e.amount_minor) as left_minor
    from dispute d
    join card_payment p on p.order_group_id = d.order_group_id
    join ledger_entry e on e.order_number = p.order_number and e.currency = d.currency
    where e.vendor_order_number is not null and e.kind in ('SALE', 'DISCOUNT_FUNDED', 'REFUND')
    group by d.stripe_dispute_id, d.amount_minor, d.currency, d.opened_at, d.closed_at, d.outcome, e.order_number, e.vendor_order_number
    having sum(e.amount_minor) > 0
), weighed as (
    select part.*, floor(disputed * left_minor / sum(left_minor) over (partition by stripe_dispute_id))::bigint as floor_share,
           row_number() over (partition by stripe_dispute_id order by vendor_order_number) as n
    from part
), share as (
    select weighed.*, floor_share + case when n <= disputed - sum(floor_share) over (partition by stripe_dispute_id) then 1 else 0 end
               as amount
    from weighed
)
insert into ledger_entry (vendor_id, currency, kind, amount_minor, order_number, vendor_order_number, stripe_object, entry_key, memo, recorded_at)
select vendor_id, currency, 'DISPUTE', -amount, order_number, vendor_order_number, stripe_dispute_id,
       'dispute:' || stripe_dispute_id || ':' || vendor_order_number, 'Dispute ' || stripe_dispute_id || ' of ' || vendor_order_number,
       opened_at
from share where amount > 0
union all
select vendor_id, currency, 'DISPUTE_WON', amount, order_number, vendor_order_number, stripe_dispute_id,
       'dispute-won:' || stripe_dispute_id || ':' || vendor_order_number,
       'Dispute ' || stripe_dispute_id || ' won: ' || vendor_order_number || ' credited back', closed_at
from share where amount > 0 and outcome = 'won';

-- Disputes, continued (docs/adr/0024).
-- * Inquiries (Stripe's warning_* statuses) withdraw no money: a dispute is posted to the shops only
--   once its funds were withdrawn (funds_withdrawn_at), and only such disputes count as money taken.
-- * Stripe's dispute fee is the platform's: each balance transaction's fee is a DISPUTE_FEE entry on the
--   platform's account (negative when withdrawn, positive when returned), and the dispute keeps the
--   fees withdrawn and returned so the reconciliation counts them as money that left the balance.
-- * A dispute of a part whose money was already transferred reverses that transfer for the shop's
--   share (at most what is left of it), as a refund does: a transfer_reversal names its refund or its
--   dispute, once per dispute and transfer.

alter table ledger_entry drop constraint ledger_entry_kind_check;
alter table ledger_entry add constraint ledger_entry_kind_check check (kind in
    ('SALE', 'COMMISSION', 'REFUND', 'MANUAL_PAYOUT', 'ADJUSTMENT', 'TRANSFER', 'TRANSFER_REVERSAL', 'DISPUTE', 'DISPUTE_WON',
     'COMMISSION_EARNED', 'DISCOUNT_FUNDED', 'ADJUSTMENT_OFFSET', 'DISPUTE_FEE'));
alter table ledger_entry drop constraint ledger_entry_check;
alter table ledger_entry add constraint ledger_entry_platform_kinds check ((vendor_id is null) = (kind in
    ('COMMISSION_EARNED', 'DISCOUNT_FUNDED', 'ADJUSTMENT_OFFSET', 'DISPUTE_FEE')));

alter table dispute add column funds_withdrawn_at timestamptz;
alter table dispute add column fee_minor bigint not null default 0 check (fee_minor >= 0);
alter table dispute add column fee_returned_minor bigint not null default 0 check (fee_returned_minor >= 0);

-- History: a dispute posted before (V32 and the webhook posted every dispute, inquiries too) stays
-- counted as money taken, so the reconciliation keeps balancing; an inquiry that posted nothing is no
-- longer counted. Fees of earlier disputes were never read: they stay 0.
update dispute d set funds_withdrawn_at = d.opened_at
where d.status not like 'warning\_%'
   or exists (select 1 from ledger_entry e where e.kind = 'DISPUTE' and e.stripe_object = d.stripe_dispute_id);

alter table transfer_reversal alter column refund_id drop not null;
alter table transfer_reversal add column dispute_id bigint references dispute (id);
alter table transfer_reversal add constraint transfer_reversal_one_cause check ((refund_id is null) <> (dispute_id is null));
alter table transfer_reversal add constraint transfer_reversal_dispute_once unique (dispute_id, transfer_id);

package dev.bazaar.payment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Stores transfers to the shops' connected accounts, their reversals and the shops' payout pauses.
 * Sending is claimed and settled by updates guarded by the row's state, due time and key, so of two
 * servers (or two runs) only one acts on a row at a time; the partial unique index on open transfers
 * keeps a shop to one open transfer per currency whatever the runs do.
 */
@Dependent
public class Transfers {

    /** A shop that can be paid by transfer: its connected account takes payouts and no admin paused it. */
    public record Payee(long vendorId, String stripeAccountId) {
    }

    /** A transfer reversal as the sender needs it: for a refund or for a dispute (the other is null). */
    public record Reversal(long id, long transferId, Long refundId, Long disputeId, long vendorId, Money amount, String idempotencyKey,
                           int attempts) {
    }

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Payee> payees() {
        List<Payee> payees = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select a.vendor_id, a.stripe_account_id from connected_account a"
                + " where a.payouts_enabled and not exists (select 1 from payout_pause p where p.vendor_id = a.vendor_id)"
                + " order by a.vendor_id").getResultList()) {
            payees.add(new Payee(((Number) row[0]).longValue(), (String) row[1]));
        }
        return payees;
    }

    public boolean openFor(long vendorId, String currency) {
        return ((Number) em.createNativeQuery("select count(*) from shop_transfer where vendor_id = ?1 and currency = ?2 and state <> 'SENT'")
                .setParameter(1, vendorId).setParameter(2, currency).getSingleResult()).longValue() > 0;
    }

    /** The shop's released parts in {@code currency} whose money no transfer has carried yet. */
    @SuppressWarnings("unchecked")
    public List<String> untransferredParts(long vendorId, String currency) {
        return em.createNativeQuery("select distinct e.vendor_order_number from ledger_entry e"
                        + " join ledger_release r on r.vendor_order_number = e.vendor_order_number and r.available_at <= now()"
                        + " where e.vendor_id = ?1 and e.currency = ?2"
                        + " and not exists (select 1 from shop_transfer_part p where p.vendor_order_number = e.vendor_order_number)"
                        + " order by 1")
                .setParameter(1, vendorId).setParameter(2, currency).getResultList();
    }

    /** The charges and orders behind the parts' sales: (stripe object or null, order number) per part. */
    @SuppressWarnings("unchecked")
    public List<Object[]> salesOf(List<String> parts) {
        if (parts.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select e.stripe_object, e.order_number from ledger_entry e"
                        + " where e.kind = 'SALE' and e.vendor_order_number in (?1)")
                .setParameter(1, parts).getResultList();
    }

    /** What the parts' entries on the shop's account add up to in {@code currency}, in minor units. */
    public long netOf(long vendorId, String currency, List<String> parts) {
        if (parts.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select coalesce(sum(amount_minor), 0) from ledger_entry"
                        + " where vendor_id = ?1 and currency = ?2 and vendor_order_number in (?3)")
                .setParameter(1, vendorId).setParameter(2, currency).setParameter(3, parts).getSingleResult()).longValue();
    }

    /** Records the transfer and the parts it carries; its idempotency key names its id. */
    public ShopTransfer add(ShopTransfer transfer, List<String> parts) {
        em.persist(transfer);
        em.flush();
        transfer.keyed();
        em.flush();
        for (String part : parts) {
            em.createNativeQuery("insert into shop_transfer_part (vendor_order_number, transfer_id) values (?1, ?2)")
                    .setParameter(1, part).setParameter(2, transfer.id()).executeUpdate();
        }
        return transfer;
    }

    @SuppressWarnings("unchecked")
    public List<Long> due(Instant now, int limit) {
        return ((List<Number>) em.createNativeQuery("select id from shop_transfer where state <> 'SENT' and next_attempt_at <= ?1"
                + " order by next_attempt_at, id").setParameter(1, now).setMaxResults(limit).getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * Takes the transfer for one attempt until {@code leaseUntil}, if it is due and unsent: a FAILED one
     * gets a new idempotency key (Stripe would replay its refusal for the old one), a SENDING one keeps
     * its key, so Stripe answers with the transfer it may already have made. Empty when another run has it.
     */
    public Optional<ShopTransfer> claim(long id, Instant now, Instant leaseUntil) {
        int claimed = em.createNativeQuery("update shop_transfer set attempts = attempts + 1,"
                        + " idempotency_key = case when state = 'FAILED' then 'bazaar-transfer-' || id || '-' || (attempts + 1) else idempotency_key end,"
                        + " state = 'SENDING', next_attempt_at = ?1, updated_at = ?2"
                        + " where id = ?3 and state <> 'SENT' and next_attempt_at <= ?2")
                .setParameter(1, leaseUntil).setParameter(2, now).setParameter(3, id).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        ShopTransfer transfer = em.find(ShopTransfer.class, id);
        em.refresh(transfer);
        return Optional.of(transfer);
    }

    /** Settles the attempt that used {@code key}; false when the row moved on meanwhile. */
    public boolean settle(long id, String key, PayoutState state, String stripeId, String error, Instant retryAt, Instant now) {
        return em.createNativeQuery("update shop_transfer set state = ?1, stripe_transfer_id = ?2, last_error = ?3,"
                        + " next_attempt_at = ?4, updated_at = ?5 where id = ?6 and idempotency_key = ?7 and state = 'SENDING'")
                .setParameter(1, state.name()).setParameter(2, stripeId).setParameter(3, error).setParameter(4, retryAt)
                .setParameter(5, now).setParameter(6, id).setParameter(7, key).executeUpdate() == 1;
    }

    public Optional<ShopTransfer> find(long id) {
        return Optional.ofNullable(em.find(ShopTransfer.class, id));
    }

    /** The shop's transfers, newest first. */
    public Page<ShopTransfer> ofShop(long vendorId, PageRequest page) {
        return page("where t.vendorId = :vendor", vendorId, null, page);
    }

    /** Every shop's transfers in {@code state} (all when null), newest first. */
    public Page<ShopTransfer> inState(PayoutState state, PageRequest page) {
        return page(state == null ? "" : "where t.state = :state", null, state, page);
    }

    private Page<ShopTransfer> page(String where, Long vendorId, PayoutState state, PageRequest page) {
        TypedQuery<ShopTransfer> items = em.createQuery("select t from ShopTransfer t " + where + " order by t.createdAt desc, t.id desc",
                ShopTransfer.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from ShopTransfer t " + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (vendorId != null) {
                query.setParameter("vendor", vendorId);
            }
            if (state != null) {
                query.setParameter("state", state);
            }
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(), page.size(),
                count.getSingleResult());
    }

    /** The transfer that carried the part's money, if one did. */
    public Optional<ShopTransfer> ofPart(String vendorOrderNumber) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select transfer_id from shop_transfer_part where vendor_order_number = ?1")
                .setParameter(1, vendorOrderNumber).getResultList();
        return ids.stream().findFirst().map(id -> em.find(ShopTransfer.class, id.longValue()));
    }

    /** What reversals took back of the transfer so far, in minor units. */
    public long reversedOf(long transferId) {
        return ((Number) em.createNativeQuery("select coalesce(sum(amount_minor), 0) from transfer_reversal where transfer_id = ?1")
                .setParameter(1, transferId).getSingleResult()).longValue();
    }

    /** Records the refund's reversal of the transfer, once per refund; empty when it was recorded before. */
    public Optional<Long> addReversal(ShopTransfer transfer, long refundId, long amountMinor, Instant now) {
        return addReversal(transfer, "refund_id", refundId, "'bazaar-transfer-reversal-refund-' || ?2", "(refund_id)", amountMinor, now);
    }

    /** Records the dispute's reversal of the transfer, once per dispute and transfer; empty when it was recorded before. */
    public Optional<Long> addDisputeReversal(ShopTransfer transfer, long disputeId, long amountMinor, Instant now) {
        return addReversal(transfer, "dispute_id", disputeId, "'bazaar-transfer-reversal-dispute-' || ?2 || '-' || ?1",
                "(dispute_id, transfer_id)", amountMinor, now);
    }

    private Optional<Long> addReversal(ShopTransfer transfer, String causeColumn, long causeId, String key, String unique,
                                       long amountMinor, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("insert into transfer_reversal (transfer_id, " + causeColumn + ", vendor_id, currency,"
                        + " amount_minor, idempotency_key, state, next_attempt_at, created_at, updated_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, " + key + ", 'SENDING', ?6, ?6, ?6)"
                        + " on conflict " + unique + " do nothing returning id")
                .setParameter(1, transfer.id()).setParameter(2, causeId).setParameter(3, transfer.vendorId())
                .setParameter(4, transfer.amount().currencyCode()).setParameter(5, amountMinor).setParameter(6, now)
                .getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    @SuppressWarnings("unchecked")
    public List<Long> dueReversals(Instant now, int limit) {
        return ((List<Number>) em.createNativeQuery("select id from transfer_reversal where state <> 'SENT' and next_attempt_at <= ?1"
                + " order by next_attempt_at, id").setParameter(1, now).setMaxResults(limit).getResultList())
                .stream().map(Number::longValue).toList();
    }

    /** As {@link #claim}, for a reversal. */
    public Optional<Reversal> claimReversal(long id, Instant now, Instant leaseUntil) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update transfer_reversal set attempts = attempts + 1,"
                        + " idempotency_key = case when state <> 'FAILED' then idempotency_key"
                        + " when refund_id is not null then 'bazaar-transfer-reversal-refund-' || refund_id || '-' || (attempts + 1)"
                        + " else 'bazaar-transfer-reversal-dispute-' || dispute_id || '-' || transfer_id || '-' || (attempts + 1) end,"
                        + " state = 'SENDING', next_attempt_at = ?1, updated_at = ?2"
                        + " where id = ?3 and state <> 'SENT' and next_attempt_at <= ?2"
                        + " returning id, transfer_id, refund_id, dispute_id, vendor_id, currency, amount_minor, idempotency_key, attempts")
                .setParameter(1, leaseUntil).setParameter(2, now).setParameter(3, id).getResultList();
        return rows.stream().findFirst().map(r -> new Reversal(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), r[3] == null ? null : ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), Money.ofMinor(((Number) r[6]).longValue(), (String) r[5]), (String) r[7],
                ((Number) r[8]).intValue()));
    }

    /** As {@link #settle}, for a reversal. */
    public boolean settleReversal(long id, String key, PayoutState state, String stripeId, String error, Instant retryAt, Instant now) {
        return em.createNativeQuery("update transfer_reversal set state = ?1, stripe_reversal_id = ?2, last_error = ?3,"
                        + " next_attempt_at = ?4, updated_at = ?5 where id = ?6 and idempotency_key = ?7 and state = 'SENDING'")
                .setParameter(1, state.name()).setParameter(2, stripeId).setParameter(3, error).setParameter(4, retryAt)
                .setParameter(5, now).setParameter(6, id).setParameter(7, key).executeUpdate() == 1;
    }

    public Optional<PayoutPause> pauseOf(long vendorId) {
        return Optional.ofNullable(em.find(PayoutPause.class, vendorId));
    }

    public void pause(PayoutPause pause) {
        em.persist(pause);
    }

    public void resume(PayoutPause pause) {
        em.remove(pause);
    }

    public List<PayoutPause> pauses() {
        return em.createQuery("select p from PayoutPause p order by p.pausedAt desc", PayoutPause.class).getResultList();
    }
}

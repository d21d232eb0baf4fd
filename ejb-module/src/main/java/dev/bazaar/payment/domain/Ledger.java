package dev.bazaar.payment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.bazaar.kernel.CurrencyTotals;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The ledger's entries and releases. An entry is pending until its part is released (delivered and
 * held for returns); entries of no part are available at once.
 */
@Dependent
public class Ledger {

    /** What one account holds in one currency, in minor units. */
    public record Balance(Long vendorId, String currency, long pendingMinor, long availableMinor) {
    }

    private static final String AVAILABLE = "(e.vendor_order_number is null or exists (select 1 from ledger_release r"
            + " where r.vendor_order_number = e.vendor_order_number and r.available_at <= now()))";

    /** The namespace of the shops' advisory locks (pg_advisory_xact_lock's first key). */
    private static final int SHOP_LOCKS = 1_700_017;
    /** The namespace of the orders' advisory locks. */
    private static final int ORDER_LOCKS = 1_700_021;

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /**
     * Writes the postings; one whose movement is already on the ledger (its key: posted before the
     * ledger's consumer existed, by the migration) is left out, so a movement is never written twice.
     */
    public void record(List<Posting> postings, String orderNumber, String vendorOrderNumber, String stripeObject, Instant at) {
        if (postings.isEmpty()) {
            return;
        }
        Set<String> written = new HashSet<>(em.createQuery("select e.key from LedgerEntry e where e.key in :keys", String.class)
                .setParameter("keys", postings.stream().map(Posting::key).toList())
                .getResultList());
        for (Posting posting : postings) {
            if (!written.contains(posting.key())) {
                em.persist(new LedgerEntry(posting, orderNumber, vendorOrderNumber, stripeObject, at));
            }
        }
    }

    /** The part's money becomes available at {@code availableAt}; a part is released once, by its first delivery. */
    public void release(String vendorOrderNumber, long vendorId, Instant deliveredAt, Instant availableAt) {
        em.createNativeQuery("insert into ledger_release (vendor_order_number, vendor_id, delivered_at, available_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, vendorOrderNumber)
                .setParameter(2, vendorId)
                .setParameter(3, deliveredAt)
                .setParameter(4, availableAt)
                .executeUpdate();
    }

    /** A shop's balances, one per currency it has entries in. */
    public List<Balance> balancesOf(long vendorId) {
        return balances("where e.vendor_id = ?1", vendorId);
    }

    /** Every shop's balances, by shop and currency. */
    public List<Balance> shopBalances() {
        return balances("where e.vendor_id is not null", null);
    }

    @SuppressWarnings("unchecked")
    private List<Balance> balances(String where, Long vendorId) {
        var query = em.createNativeQuery("select e.vendor_id, e.currency,"
                + " coalesce(sum(e.amount_minor) filter (where not " + AVAILABLE + "), 0),"
                + " coalesce(sum(e.amount_minor) filter (where " + AVAILABLE + "), 0)"
                + " from ledger_entry e " + where + " group by e.vendor_id, e.currency order by e.vendor_id, e.currency");
        if (vendorId != null) {
            query.setParameter(1, vendorId);
        }
        List<Balance> balances = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            balances.add(new Balance(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        }
        return balances;
    }

    /** A shop's entries, newest first, of one kind or all, recorded on or after {@code from} and before the day after {@code to} (UTC). */
    public Page<LedgerEntry> entriesOf(long vendorId, LedgerKind kind, LocalDate from, LocalDate to, PageRequest page) {
        String where = " where e.vendorId = :vendor" + (kind == null ? "" : " and e.kind = :kind")
                + (from == null ? "" : " and e.recordedAt >= :from") + (to == null ? "" : " and e.recordedAt < :to");
        TypedQuery<LedgerEntry> entries = em.createQuery("select e from LedgerEntry e" + where + " order by e.recordedAt desc, e.id desc",
                LedgerEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from LedgerEntry e" + where, Long.class);
        for (TypedQuery<?> query : List.of(entries, count)) {
            query.setParameter("vendor", vendorId);
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            if (from != null) {
                query.setParameter("from", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (to != null) {
                query.setParameter("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        }
        List<LedgerEntry> items = entries.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** Whether the shop has ever had an entry in the currency. */
    public boolean hasEntries(long vendorId, String currency) {
        return !em.createQuery("select e.id from LedgerEntry e where e.vendorId = :vendor and e.currency = :currency", Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("currency", currency)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** A shop's balance in one currency from every entry recorded before {@code before}, in minor units. */
    public long balanceBefore(long vendorId, String currency, Instant before) {
        return em.createQuery("select coalesce(sum(e.amountMinor), 0) from LedgerEntry e where e.vendorId = :vendor"
                        + " and e.currency = :currency and e.recordedAt < :before", Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("currency", currency)
                .setParameter("before", before)
                .getSingleResult();
    }

    /** A shop's entries in one currency recorded from {@code from} up to (not including) {@code to}, oldest first. */
    public List<LedgerEntry> entriesBetween(long vendorId, String currency, Instant from, Instant to) {
        return em.createQuery("select e from LedgerEntry e where e.vendorId = :vendor and e.currency = :currency"
                        + " and e.recordedAt >= :from and e.recordedAt < :to order by e.recordedAt, e.id", LedgerEntry.class)
                .setParameter("vendor", vendorId)
                .setParameter("currency", currency)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The sum of every entry of every account, per currency: what the ledger says shoppers left with the marketplace. */
    public Map<String, Long> totals() {
        return CurrencyTotals.of(em.createNativeQuery(
                "select currency, sum(amount_minor) from ledger_entry group by currency"));
    }

    public ManualMovement add(ManualMovement movement) {
        em.persist(movement);
        em.flush();
        return movement;
    }

    /** The movement an earlier request with this Idempotency-Key recorded, if any. */
    public Optional<ManualMovement> movementByKey(String recordedBy, String requestKey) {
        return em.createQuery("select m from ManualMovement m where m.recordedBy = :by and m.requestKey = :key", ManualMovement.class)
                .setParameter("by", recordedBy)
                .setParameter("key", requestKey)
                .getResultStream().findFirst();
    }

    /** Holds the shop's ledger until the transaction ends, so two payouts cannot both spend one balance. */
    public void lockShop(long vendorId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(" + SHOP_LOCKS + ", ?1)) locked")
                .setParameter(1, Math.toIntExact(vendorId))
                .getSingleResult();
    }

    /**
     * Holds the order's entries until the transaction ends: a dispute and a sale of the same order
     * posted at once each see the other's work (one of them posts the dispute, never neither).
     */
    public void lockOrder(String orderNumber) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(" + ORDER_LOCKS + ", hashtext(?1))) locked")
                .setParameter(1, orderNumber)
                .getSingleResult();
    }

    /** What the shopper paid for the order's parts whose sales are on the ledger, in minor units (sales less platform-funded discounts). */
    public long paidFor(String orderNumber, String currency) {
        return ((Number) em.createNativeQuery("select coalesce(sum(amount_minor), 0) from ledger_entry"
                        + " where order_number = ?1 and currency = ?2 and kind in ('SALE', 'DISCOUNT_FUNDED')")
                .setParameter(1, orderNumber)
                .setParameter(2, currency)
                .getSingleResult()).longValue();
    }

    /**
     * What is left, in one currency, of each shop's part of an order: its sale less the discount the
     * platform funded, refunds and disputes, i.e. what the shopper paid for it and still has not got
     * back; in order of the parts' numbers.
     */
    @SuppressWarnings("unchecked")
    public List<Postings.DisputedPart> partsOf(String orderNumber, String currency) {
        List<Object[]> rows = em.createNativeQuery("select e.vendor_order_number, max(e.vendor_id), sum(e.amount_minor) from ledger_entry e"
                        + " where e.order_number = ?1 and e.currency = ?2 and e.vendor_order_number is not null"
                        + " and e.kind in ('SALE', 'DISCOUNT_FUNDED', 'REFUND', 'DISPUTE', 'DISPUTE_WON')"
                        + " group by e.vendor_order_number order by e.vendor_order_number")
                .setParameter(1, orderNumber)
                .setParameter(2, currency)
                .getResultList();
        return rows.stream().map(row -> new Postings.DisputedPart(((Number) row[1]).longValue(), (String) row[0],
                Money.ofMinor(((Number) row[2]).longValue(), currency))).toList();
    }

    /** The entries a dispute debited, one per part. */
    public List<LedgerEntry> disputed(String stripeDisputeId) {
        return em.createQuery("select e from LedgerEntry e where e.kind = :kind and e.stripeObject = :dispute order by e.id", LedgerEntry.class)
                .setParameter("kind", LedgerKind.DISPUTE)
                .setParameter("dispute", stripeDisputeId)
                .getResultList();
    }

    /** What went to the shops' connected accounts by transfer, less what reversals took back, per currency, in minor units. */
    public Map<String, Long> transferred() {
        return CurrencyTotals.of(em.createNativeQuery("select currency, -sum(amount_minor) from ledger_entry"
                + " where kind in ('TRANSFER', 'TRANSFER_REVERSAL') group by currency"));
    }

    /** What was paid out to shops by hand, per currency, in minor units. */
    public Map<String, Long> paidOutByHand() {
        return CurrencyTotals.of(em.createNativeQuery("select currency, sum(amount_minor) from manual_movement"
                + " where kind = 'MANUAL_PAYOUT' group by currency"));
    }

    /** The sum of the entries of {@code kinds} (all when empty) recorded since {@code since}, per currency and UTC day. */
    public Map<CurrencyTotals.Day, Long> totalsByDay(Instant since, LedgerKind... kinds) {
        String ofKinds = kinds.length == 0 ? "" : " and kind in (" + String.join(", ",
                Arrays.stream(kinds).map(k -> "'" + k.name() + "'").toList()) + ")";
        return CurrencyTotals.byDay(em.createNativeQuery("select currency, cast(recorded_at at time zone 'UTC' as date), sum(amount_minor)"
                + " from ledger_entry where recorded_at >= ?1" + ofKinds + " group by 1, 2").setParameter(1, since));
    }

    /** What was paid out to shops by hand since {@code since}, per currency and UTC day. */
    public Map<CurrencyTotals.Day, Long> paidOutByHandByDay(Instant since) {
        return CurrencyTotals.byDay(em.createNativeQuery("select currency, cast(created_at at time zone 'UTC' as date), sum(amount_minor)"
                + " from manual_movement where kind = 'MANUAL_PAYOUT' and created_at >= ?1 group by 1, 2").setParameter(1, since));
    }
}

package dev.bazaar.ordering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.kernel.CurrencyTotals;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.SearchText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Stores and finds order groups and vendor orders, and reads the rates and coupons checkout prices with. */
@Dependent
public class Orders {

    /** Filters for order lists; null fields do not filter. */
    public record Filter(VendorOrderStatus status, Long vendorId, Instant placedFrom, Instant placedBefore, String customer) {
    }

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** A new, never-used order number: BZ100001, BZ100002 ... */
    public String nextNumber() {
        return "BZ" + ((Number) em.createNativeQuery("select nextval('order_number_seq')").getSingleResult()).longValue();
    }

    public OrderGroup add(OrderGroup group) {
        em.persist(group);
        em.flush();
        return group;
    }

    public Optional<OrderGroup> group(String number) {
        return em.createQuery("select g from OrderGroup g where g.number = :number", OrderGroup.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** A line of one of the customer's orders, with its shop and where that shop's part stands. */
    public Optional<PurchasedLine> lineOf(long customerId, long lineId) {
        return em.createQuery("select new dev.bazaar.ordering.domain.PurchasedLine(l.id, l.productId, l.productName, o.vendorId, o.status)"
                        + " from OrderLine l join l.order o join o.group g where l.id = :line and g.customerId = :customer", PurchasedLine.class)
                .setParameter("line", lineId)
                .setParameter("customer", customerId)
                .getResultStream().findFirst();
    }

    public Optional<OrderGroup> group(long id) {
        return Optional.ofNullable(em.find(OrderGroup.class, id));
    }

    /**
     * The group, locked until the transaction ends, so payment, cancellation and expiry never cross.
     * The row is locked before it is read: what comes back is what the lock protects.
     */
    public Optional<OrderGroup> groupForUpdate(String number) {
        boolean exists = !em.createNativeQuery("select id from order_group where number = :number for update")
                .setParameter("number", number)
                .getResultList().isEmpty();
        return exists ? group(number) : Optional.empty();
    }

    public Optional<OrderGroup> groupForUpdate(long id) {
        return Optional.ofNullable(em.find(OrderGroup.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A vendor order whose group is locked first (see {@link #groupForUpdate(String)}). */
    public Optional<VendorOrder> vendorOrderForUpdate(String number) {
        boolean exists = !em.createNativeQuery("select g.id from order_group g where g.id ="
                        + " (select o.order_group_id from vendor_order o where o.number = :number) for update")
                .setParameter("number", number)
                .getResultList().isEmpty();
        return exists ? vendorOrder(number) : Optional.empty();
    }

    /**
     * One shop's vendor orders with these numbers (another shop's are not among them), their groups locked
     * first in id order (so two bulk actions never wait on each other in a circle): two queries for any
     * number of orders.
     */
    public List<VendorOrder> vendorOrdersForUpdate(long vendorId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("select g.id from order_group g where g.id in (select o.order_group_id from vendor_order o"
                        + " where o.vendor_id = :vendor and o.number in (:numbers)) order by g.id for update")
                .setParameter("vendor", vendorId)
                .setParameter("numbers", numbers)
                .getResultList();
        return vendorOrders(vendorId, numbers);
    }

    /** One shop's vendor orders with these numbers, read in one query. */
    public List<VendorOrder> vendorOrders(long vendorId, Collection<String> numbers) {
        return numbers.isEmpty() ? List.of()
                : em.createQuery("select o from VendorOrder o where o.vendorId = :vendor and o.number in (:numbers)", VendorOrder.class)
                        .setParameter("vendor", vendorId)
                        .setParameter("numbers", numbers)
                        .getResultList();
    }

    public Optional<VendorOrder> vendorOrder(String number) {
        return em.createQuery("select o from VendorOrder o where o.number = :number", VendorOrder.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    public Page<OrderGroup> groupsOf(long customerId, PageRequest page) {
        List<OrderGroup> items = em.createQuery("select g from OrderGroup g where g.customerId = :customer"
                        + " order by g.placedAt desc, g.id desc", OrderGroup.class)
                .setParameter("customer", customerId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(g) from OrderGroup g where g.customerId = :customer", Long.class)
                .setParameter("customer", customerId).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** Vendor orders matching the filter, newest first. */
    public Page<VendorOrder> vendorOrders(Filter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<VendorOrder> items = em.createQuery("select o from VendorOrder o join fetch o.group" + where
                + " order by o.placedAt desc, o.id desc", VendorOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from VendorOrder o" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                page.page(), page.size(), count.getSingleResult());
    }

    /** The numbers of at most {@code limit} vendor orders matching the filter, newest first (a bulk action on every match). */
    public List<String> vendorOrderNumbers(Filter filter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<String> numbers = em.createQuery("select o.number from VendorOrder o" + where(filter, parameters)
                + " order by o.placedAt desc, o.id desc", String.class);
        parameters.forEach(numbers::setParameter);
        return numbers.setMaxResults(limit).getResultList();
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.vendorId() != null) {
            where.append(" and o.vendorId = :vendor");
            parameters.put("vendor", filter.vendorId());
        }
        if (filter.placedFrom() != null) {
            where.append(" and o.placedAt >= :from");
            parameters.put("from", filter.placedFrom());
        }
        if (filter.placedBefore() != null) {
            where.append(" and o.placedAt < :before");
            parameters.put("before", filter.placedBefore());
        }
        if (filter.customer() != null && !filter.customer().isBlank()) {
            where.append(" and (lower(o.group.customerEmail) like :customer or lower(o.group.customerName) like :customer"
                    + " or o.group.number = :number or o.number = :number)");
            parameters.put("customer", SearchText.containsPattern(filter.customer()));
            parameters.put("number", filter.customer().strip().toUpperCase(Locale.ROOT));
        }
        return where.toString();
    }

    /** Ids of groups still awaiting payment whose reservations ran out before {@code now}, oldest first. */
    public List<Long> expiredUnpaid(Instant now, int limit) {
        return em.createQuery("select g.id from OrderGroup g where g.paymentStatus = :awaiting and g.reservedUntil < :now"
                        + " order by g.reservedUntil", Long.class)
                .setParameter("awaiting", PaymentStatus.AWAITING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Shop names by id, for the vendor orders on a page. */
    public Map<Long, String> vendorNames(Collection<Long> vendorIds) {
        Map<Long, String> names = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return names;
        }
        for (Object row : em.createNativeQuery("select id, name from vendor where id in (:ids)")
                .setParameter("ids", vendorIds).getResultList()) {
            Object[] c = (Object[]) row;
            names.put(((Number) c[0]).longValue(), (String) c[1]);
        }
        return names;
    }

    // ---- what checkout prices with ----

    /** The totals of the order groups ever paid with {@code paymentMethod}, per currency, in minor units. */
    public Map<String, Long> paidTotalsByCurrency(String paymentMethod) {
        return CurrencyTotals.of(em.createNativeQuery("select currency, sum(total_amount) from order_group"
                        + " where payment_method = ?1 and paid_at is not null group by currency")
                .setParameter(1, paymentMethod));
    }

    /** The same, of the groups paid on or after {@code since}, per currency and UTC day of payment. */
    public Map<CurrencyTotals.Day, Long> paidTotalsByDay(String paymentMethod, Instant since) {
        return CurrencyTotals.byDay(em.createNativeQuery("select currency, cast(paid_at at time zone 'UTC' as date), sum(total_amount)"
                        + " from order_group where payment_method = ?1 and paid_at >= ?2 group by 1, 2")
                .setParameter(1, paymentMethod)
                .setParameter(2, since));
    }

    /** The shop's commission in basis points: its own rate, or the platform default. */
    public int commissionBps(long vendorId) {
        Object rate = em.createNativeQuery("select coalesce(v.commission_bps, (select cast(s.value as integer)"
                        + " from platform_setting s where s.name = 'vendor.default-commission-bps'), 0) from vendor v where v.id = :vendor")
                .setParameter("vendor", vendorId)
                .getSingleResult();
        return ((Number) rate).intValue();
    }

    public Optional<Coupon> couponForUpdate(String code) {
        return em.createQuery("select c from Coupon c where c.code = :code", Coupon.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public long couponUses(long couponId, Buyer buyer) {
        return ((Number) em.createNativeQuery("select count(*) from coupon_use where coupon_id = :coupon"
                        + " and (customer_id = :customer or guest_id = :guest)")
                .setParameter("coupon", couponId)
                .setParameter("customer", buyer.customerOrNone())
                .setParameter("guest", buyer.guestOrNone())
                .getSingleResult()).longValue();
    }

    public void recordCouponUse(Coupon coupon, OrderGroup group, Instant at) {
        Buyer buyer = group.buyer();
        em.createNativeQuery("insert into coupon_use (coupon_id, order_group_id, customer_id, guest_id, discount_amount, used_at)"
                        + " values (:coupon, :group, nullif(:customer, -1), nullif(:guest, -1), :discount, :at)")
                .setParameter("coupon", coupon.id())
                .setParameter("group", group.id())
                .setParameter("customer", buyer.customerOrNone())
                .setParameter("guest", buyer.guestOrNone())
                .setParameter("discount", group.discount().amountMinor())
                .setParameter("at", at)
                .executeUpdate();
    }

    public Coupon addCoupon(Coupon coupon) {
        em.persist(coupon);
        em.flush();
        return coupon;
    }

    public boolean couponCodeTaken(String code) {
        return !em.createQuery("select c.id from Coupon c where c.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
    }

    /** The coupons of one shop, or the platform's own (vendorId null), newest first. */
    public List<Coupon> coupons(Long vendorId) {
        String where = vendorId == null ? "c.vendorId is null" : "c.vendorId = :vendor";
        TypedQuery<Coupon> query = em.createQuery("select c from Coupon c where " + where + " order by c.createdAt desc, c.id desc",
                Coupon.class);
        if (vendorId != null) {
            query.setParameter("vendor", vendorId);
        }
        return new ArrayList<>(query.setMaxResults(500).getResultList());
    }

    // ---- Idempotency-Key ----

    /** A checkout already made (or being made) under an idempotency key: the hash of its body and its order. */
    public record KeyedCheckout(String requestHash, Long orderGroupId) {
    }

    /**
     * Claims the key for this request. Empty when the claim is new; otherwise what the earlier
     * request under the key recorded. A concurrent claim of the same key waits here until the first
     * commits (then sees its order) or rolls back (then claims it itself).
     */
    public Optional<KeyedCheckout> claimKey(Buyer buyer, String key, String requestHash) {
        int claimed = em.createNativeQuery("insert into checkout_request (customer_id, guest_id, idempotency_key, request_hash)"
                        + " values (nullif(:customer, -1), nullif(:guest, -1), :key, :hash) on conflict do nothing")
                .setParameter("customer", buyer.customerOrNone())
                .setParameter("guest", buyer.guestOrNone())
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("select request_hash, order_group_id from checkout_request"
                        + " where (customer_id = :customer or guest_id = :guest) and idempotency_key = :key")
                .setParameter("customer", buyer.customerOrNone())
                .setParameter("guest", buyer.guestOrNone())
                .setParameter("key", key)
                .getSingleResult();
        return Optional.of(new KeyedCheckout((String) row[0], row[1] == null ? null : ((Number) row[1]).longValue()));
    }

    public void keyMadeOrder(Buyer buyer, String key, long orderGroupId) {
        em.createNativeQuery("update checkout_request set order_group_id = :group"
                        + " where (customer_id = :customer or guest_id = :guest) and idempotency_key = :key")
                .setParameter("group", orderGroupId)
                .setParameter("customer", buyer.customerOrNone())
                .setParameter("guest", buyer.guestOrNone())
                .setParameter("key", key)
                .executeUpdate();
    }
}

package dev.bazaar.ordering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One shop's part of a checkout: its lines, shipping, discount, tax and the platform's commission,
 * and its own life from payment to delivery or return. Every status change goes through
 * {@link #moveTo} and is written to the history with who, when and why.
 */
@Entity
@Table(name = "vendor_order")
public class VendorOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_group_id")
    private OrderGroup group;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Column(nullable = false, length = 24)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VendorOrderStatus status;

    @Column(name = "items_amount", nullable = false)
    private long itemsAmount;

    @Column(name = "discount_amount", nullable = false)
    private long discountAmount;

    @Column(name = "vendor_discount_amount", nullable = false)
    private long vendorDiscountAmount;

    @Column(name = "shipping_amount", nullable = false)
    private long shippingAmount;

    @Column(name = "tax_amount", nullable = false)
    private long taxAmount;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Column(name = "commission_bps", nullable = false)
    private int commissionBps;

    @Column(name = "commission_amount", nullable = false)
    private long commissionAmount;

    @Column(name = "shipping_method", nullable = false, length = 60)
    private String shippingMethod;

    @Column(length = 60)
    private String carrier;

    @Column(name = "tracking_number", length = 80)
    private String trackingNumber;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected VendorOrder() {
        // for JPA
    }

    VendorOrder(OrderGroup group, String number, OrderPricing.ShopQuote quote, List<Purchase> purchases, String actor) {
        this.group = group;
        this.vendorId = quote.vendorId();
        this.number = number;
        this.status = VendorOrderStatus.PENDING_PAYMENT;
        this.itemsAmount = quote.goods().amountMinor();
        this.discountAmount = quote.discount().amountMinor();
        this.vendorDiscountAmount = quote.shopDiscount().amountMinor();
        this.shippingAmount = quote.shipping().amountMinor();
        this.taxAmount = quote.tax().amountMinor();
        this.totalAmount = quote.total().amountMinor();
        this.commissionBps = quote.commissionBps();
        this.commissionAmount = quote.commission().amountMinor();
        this.shippingMethod = quote.shippingMethod();
        this.placedAt = group.placedAt();
        this.updatedAt = placedAt;
        for (Purchase purchase : purchases) {
            lines.add(new OrderLine(this, lines.size() + 1, purchase));
        }
        history.add(new StatusChange(this, null, status, actor, "order placed", placedAt));
    }

    /**
     * Moves to {@code target} if the state machine allows it (otherwise a 409 and nothing changes),
     * and writes the step to the history. Returns the status it left.
     */
    public VendorOrderStatus moveTo(VendorOrderStatus target, String actor, String reason, Instant at) {
        if (!status.canTransitionTo(target)) {
            throw new IllegalTransitionException(number, status, target);
        }
        VendorOrderStatus from = status;
        status = target;
        updatedAt = at;
        history.add(new StatusChange(this, from, target, actor, reason, at));
        return from;
    }

    /** Handed to a carrier: both the carrier and its tracking number are needed. */
    public void ship(String carrierName, String tracking, String actor, Instant at) {
        String c = carrierName == null ? "" : carrierName.strip();
        String t = tracking == null ? "" : tracking.strip();
        new FieldProblems().required("carrier", c, 60).required("trackingNumber", t, 80).throwIfAny();
        moveTo(VendorOrderStatus.SHIPPED, actor, "shipped with " + c + ", tracking " + t, at);
        this.carrier = c;
        this.trackingNumber = t;
    }

    public Long id() {
        return id;
    }

    public OrderGroup group() {
        return group;
    }

    public long vendorId() {
        return vendorId;
    }

    public String number() {
        return number;
    }

    public VendorOrderStatus status() {
        return status;
    }

    String currency() {
        return group.currency();
    }

    public Money items() {
        return Money.ofMinor(itemsAmount, currency());
    }

    public Money discount() {
        return Money.ofMinor(discountAmount, currency());
    }

    public Money shipping() {
        return Money.ofMinor(shippingAmount, currency());
    }

    public Money tax() {
        return Money.ofMinor(taxAmount, currency());
    }

    public Money total() {
        return Money.ofMinor(totalAmount, currency());
    }

    public int commissionBps() {
        return commissionBps;
    }

    /** The part of its discount the platform funds (a platform coupon's share); the shop funds the rest. */
    public Money platformDiscount() {
        return Money.ofMinor(discountAmount - vendorDiscountAmount, currency());
    }

    public Money commission() {
        return Money.ofMinor(commissionAmount, currency());
    }

    public String shippingMethod() {
        return shippingMethod;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}

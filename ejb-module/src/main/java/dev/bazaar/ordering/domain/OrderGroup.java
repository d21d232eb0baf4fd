package dev.bazaar.ordering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.PostalAddress;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One checkout by one customer: the addresses, the totals and the one payment, split into one
 * {@link VendorOrder} per shop. The split happens here, when the group is placed, so a group never
 * exists without its parts.
 */
@Entity
@Table(name = "order_group")
public class OrderGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "guest_id")
    private Long guestId;

    @Column(name = "customer_email", nullable = false, length = 254)
    private String customerEmail;

    @Column(name = "customer_name", nullable = false, length = 120)
    private String customerName;

    @Column(nullable = false, length = 3)
    private String currency;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "recipient", column = @Column(name = "ship_recipient")),
            @AttributeOverride(name = "line1", column = @Column(name = "ship_line1")),
            @AttributeOverride(name = "line2", column = @Column(name = "ship_line2")),
            @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
            @AttributeOverride(name = "region", column = @Column(name = "ship_region")),
            @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code")),
            @AttributeOverride(name = "country", column = @Column(name = "ship_country")),
            @AttributeOverride(name = "phone", column = @Column(name = "ship_phone"))
    })
    private PostalAddress shipTo;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "recipient", column = @Column(name = "bill_recipient")),
            @AttributeOverride(name = "line1", column = @Column(name = "bill_line1")),
            @AttributeOverride(name = "line2", column = @Column(name = "bill_line2")),
            @AttributeOverride(name = "city", column = @Column(name = "bill_city")),
            @AttributeOverride(name = "region", column = @Column(name = "bill_region")),
            @AttributeOverride(name = "postalCode", column = @Column(name = "bill_postal_code")),
            @AttributeOverride(name = "country", column = @Column(name = "bill_country")),
            @AttributeOverride(name = "phone", column = @Column(name = "bill_phone"))
    })
    private PostalAddress billTo;

    @Column(name = "items_amount", nullable = false)
    private long itemsAmount;

    @Column(name = "discount_amount", nullable = false)
    private long discountAmount;

    @Column(name = "shipping_amount", nullable = false)
    private long shippingAmount;

    @Column(name = "tax_amount", nullable = false)
    private long taxAmount;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Column(name = "tax_rate_bps", nullable = false)
    private int taxRateBps;

    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "coupon_id")
    private Long couponId;

    @Column(name = "coupon_code", length = 40)
    private String couponCode;

    @Column(name = "payment_method", nullable = false, length = 20)
    private String paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false, length = 20)
    private PaymentStatus paymentStatus;

    @Column(name = "reserved_until")
    private Instant reservedUntil;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @OneToMany(mappedBy = "group", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<VendorOrder> vendorOrders = new ArrayList<>();

    @Version
    private long version;

    protected OrderGroup() {
        // for JPA
    }

    /**
     * Who buys (a customer's account, or else a guest identity), where it goes, how it is paid, and the
     * language they ordered in (a two-letter code, English when unknown).
     */
    public record Placement(Buyer buyer, String customerEmail, String customerName, PostalAddress shipTo,
                            PostalAddress billTo, Coupon coupon, String paymentMethod, Instant reservedUntil, Instant at,
                            String language) {

        public Placement {
            language = language == null || !language.matches("[a-z]{2}") ? "en" : language;
        }
    }

    /**
     * Places a checkout numbered {@code number}: one vendor order per priced shop, numbered
     * {@code number-1}, {@code number-2} ... with the purchases of that shop.
     */
    public OrderGroup(String number, Placement placement, OrderPricing.Quote quote, Map<Long, List<Purchase>> purchasesByShop) {
        this.number = number;
        this.customerId = placement.buyer().customerId();
        this.guestId = placement.buyer().guestId();
        this.customerEmail = placement.customerEmail();
        this.customerName = placement.customerName();
        this.currency = quote.currency();
        this.shipTo = placement.shipTo();
        this.billTo = placement.billTo();
        this.itemsAmount = quote.goods().amountMinor();
        this.discountAmount = quote.discount().amountMinor();
        this.shippingAmount = quote.shipping().amountMinor();
        this.taxAmount = quote.tax().amountMinor();
        this.totalAmount = quote.total().amountMinor();
        this.taxRateBps = quote.taxRateBps();
        this.pricesIncludeTax = quote.pricesIncludeTax();
        this.language = placement.language();
        this.couponId = placement.coupon() == null ? null : placement.coupon().id();
        this.couponCode = placement.coupon() == null ? null : placement.coupon().code();
        this.paymentMethod = placement.paymentMethod();
        this.paymentStatus = PaymentStatus.AWAITING;
        this.reservedUntil = placement.reservedUntil();
        this.placedAt = placement.at();
        String actor = placement.customerEmail();
        for (OrderPricing.ShopQuote shop : quote.shops()) {
            List<Purchase> purchases = purchasesByShop.get(shop.vendorId());
            vendorOrders.add(new VendorOrder(this, number + "-" + (vendorOrders.size() + 1), shop, purchases, actor));
        }
    }

    /** Whether the checkout's payment is still expected (neither paid nor given up). */
    public boolean awaitsPayment() {
        return paymentStatus == PaymentStatus.AWAITING;
    }

    /** Whether the payment is still expected and the time to pay has run out at {@code now}. */
    public boolean paymentWindowClosed(Instant now) {
        return awaitsPayment() && reservedUntil != null && reservedUntil.isBefore(now);
    }

    /**
     * The payment arrived: the group is paid, the reservations no longer expire, and every part still
     * waiting for it becomes PAID (a part cancelled before the payment came stays cancelled). Returns the
     * parts that were paid now. Only a group awaiting payment can be paid (409 otherwise).
     */
    public List<VendorOrder> paid(Instant at, String actor, String reason) {
        if (!awaitsPayment()) {
            throw new ConflictException("paymentStatus", "of order " + number + " is " + paymentStatus
                    + "; only an order awaiting payment can be marked paid");
        }
        paymentStatus = PaymentStatus.PAID;
        paidAt = at;
        reservedUntil = null;
        List<VendorOrder> paidNow = new ArrayList<>();
        for (VendorOrder order : vendorOrders) {
            if (order.status() == VendorOrderStatus.PENDING_PAYMENT) {
                order.moveTo(VendorOrderStatus.PAID, actor, reason, at);
                paidNow.add(order);
            }
        }
        return paidNow;
    }

    /** A part was cancelled: once every part is, before payment, no payment is expected any more. */
    public void partCancelled() {
        if (awaitsPayment() && vendorOrders.stream().allMatch(o -> o.status() == VendorOrderStatus.CANCELLED)) {
            paymentStatus = PaymentStatus.CANCELLED;
            reservedUntil = null;
        }
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    /** The customer's account, or null for a guest's order. */
    public Long customerId() {
        return customerId;
    }

    /** The guest identity that placed the order, or null for a customer's order. */
    public Long guestId() {
        return guestId;
    }

    public Buyer buyer() {
        return new Buyer(customerId, guestId);
    }

    public boolean belongsTo(long customer) {
        return customerId != null && customerId == customer;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerName() {
        return customerName;
    }

    public String currency() {
        return currency;
    }

    public PostalAddress shipTo() {
        return shipTo;
    }

    public PostalAddress billTo() {
        return billTo;
    }

    public Money items() {
        return Money.ofMinor(itemsAmount, currency);
    }

    public Money discount() {
        return Money.ofMinor(discountAmount, currency);
    }

    public Money shipping() {
        return Money.ofMinor(shippingAmount, currency);
    }

    public Money tax() {
        return Money.ofMinor(taxAmount, currency);
    }

    public Money total() {
        return Money.ofMinor(totalAmount, currency);
    }

    public int taxRateBps() {
        return taxRateBps;
    }

    /** Whether the shopper was shown prices with the tax included (ADR 17). */
    public boolean pricesIncludeTax() {
        return pricesIncludeTax;
    }

    /** The language the shopper ordered in: the mails about the order are in it. */
    public String language() {
        return language;
    }

    public String couponCode() {
        return couponCode;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public Instant reservedUntil() {
        return reservedUntil;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public List<VendorOrder> vendorOrders() {
        return List.copyOf(vendorOrders);
    }

    /** One shop's part by its number, or every part when no number is given; an unknown number is a 404. */
    public List<VendorOrder> parts(String vendorOrderNumber) {
        if (vendorOrderNumber == null || vendorOrderNumber.isBlank()) {
            return vendorOrders();
        }
        return List.of(vendorOrders.stream().filter(o -> o.number().equals(vendorOrderNumber.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("Order " + number + " has no part " + vendorOrderNumber.strip())));
    }
}

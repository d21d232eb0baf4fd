package dev.bazaar.ordering.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A code that takes money off an order. The platform funds a coupon without a shop, and it applies
 * to the whole order; a shop's coupon applies to that shop's lines only and is paid out of its share.
 * A coupon works inside its validity window, from its minimum spend, and up to its usage limits.
 */
@Entity
@Table(name = "coupon")
public class Coupon {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{2,39}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CouponKind kind;

    @Column(name = "percent_bps")
    private Integer percentBps;

    private Long amount;

    @Column(length = 3)
    private String currency;

    @Column(name = "min_spend_amount")
    private Long minSpendAmount;

    @Column(name = "vendor_id")
    private Long vendorId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(name = "max_uses_per_customer")
    private Integer maxUsesPerCustomer;

    @Column(name = "used_count", nullable = false)
    private int usedCount;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Coupon() {
        // for JPA
    }

    /** What a coupon is to be; {@link #problems()} says what is wrong with it. */
    public record Terms(String code, CouponKind kind, Integer percentBps, Money amount, Money minSpend,
                        Instant startsAt, Instant endsAt, Integer maxUses, Integer maxUsesPerCustomer) {

        public Terms {
            code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        }

        public Map<String, String> problems() {
            return new FieldProblems()
                    .when(code == null || !CODE.matcher(code).matches(), "code", "must be 3 to 40 letters, digits, '-' or '_'")
                    .when(kind == null, "kind", "must be PERCENT or FIXED")
                    .when(kind == CouponKind.PERCENT && (percentBps == null || percentBps < 1 || percentBps > Rates.WHOLE),
                            "percent", "must be more than 0 and at most 100")
                    .when(kind == CouponKind.FIXED && (amount == null || amount.amountMinor() <= 0), "amount", "must be more than zero")
                    .when(amount != null && minSpend != null && !amount.currencyCode().equals(minSpend.currencyCode()),
                            "minSpend", "must be in the coupon's currency, " + (amount == null ? null : amount.currencyCode()))
                    .when(minSpend != null && minSpend.isNegative(), "minSpend", "must be zero or more")
                    .when(startsAt != null && endsAt != null && !startsAt.isBefore(endsAt), "endsAt", "must be after startsAt")
                    .when(maxUses != null && maxUses < 1, "maxUses", "must be at least 1")
                    .when(maxUsesPerCustomer != null && maxUsesPerCustomer < 1, "maxUsesPerCustomer", "must be at least 1")
                    .asMap();
        }
    }

    public Coupon(Terms terms, Long vendorId, String createdBy, Instant now) {
        Map<String, String> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.code = terms.code();
        this.kind = terms.kind();
        this.percentBps = kind == CouponKind.PERCENT ? terms.percentBps() : null;
        this.amount = kind == CouponKind.FIXED ? terms.amount().amountMinor() : null;
        Money priced = kind == CouponKind.FIXED ? terms.amount() : terms.minSpend();
        this.currency = priced == null ? null : priced.currencyCode();
        this.minSpendAmount = terms.minSpend() == null ? null : terms.minSpend().amountMinor();
        this.vendorId = vendorId;
        this.startsAt = terms.startsAt();
        this.endsAt = terms.endsAt();
        this.maxUses = terms.maxUses();
        this.maxUsesPerCustomer = terms.maxUsesPerCustomer();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Refuses the coupon for an order in {@code orderCurrency} whose goods it applies to come to
     * {@code base}, at {@code now}; {@code usesByCustomer} is how often this customer used it before.
     */
    public void requireApplicable(Instant now, String orderCurrency, Money base, long usesByCustomer) {
        if (!active) {
            throw refused("is no longer valid");
        }
        if (startsAt != null && now.isBefore(startsAt)) {
            throw refused("is valid from " + startsAt);
        }
        if (endsAt != null && !now.isBefore(endsAt)) {
            throw refused("expired on " + endsAt);
        }
        if (currency != null && !currency.equals(orderCurrency)) {
            throw refused("is for orders in " + currency);
        }
        if (base.amountMinor() == 0) {
            throw refused("does not apply to anything in this order" + (vendorId == null ? "" : ": it is for one shop's products only"));
        }
        if (minSpendAmount != null && base.amountMinor() < minSpendAmount) {
            throw refused("needs a spend of at least " + Money.ofMinor(minSpendAmount, currency));
        }
        if (maxUses != null && usedCount >= maxUses) {
            throw new ConflictException("couponCode", code + " has been used up");
        }
        if (maxUsesPerCustomer != null && usesByCustomer >= maxUsesPerCustomer) {
            throw new ConflictException("couponCode", "you have already used " + code
                    + (maxUsesPerCustomer == 1 ? "" : " " + maxUsesPerCustomer + " times"));
        }
    }

    private InvalidInputException refused(String why) {
        return new InvalidInputException("couponCode", code + " " + why);
    }

    /** What the coupon takes off goods worth {@code base}: never more than the base. */
    public Money discountOn(Money base) {
        long off = kind == CouponKind.PERCENT ? Rates.share(base.amountMinor(), percentBps) : amount;
        return Money.ofMinor(Math.min(off, base.amountMinor()), base.currencyCode());
    }

    /** Counts one use; the caller holds the row lock, and the database checks the limit again. */
    public void recordUse() {
        if (maxUses != null && usedCount >= maxUses) {
            throw new ConflictException("couponCode", code + " has been used up");
        }
        usedCount++;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public CouponKind kind() {
        return kind;
    }

    public Integer percentBps() {
        return percentBps;
    }

    public Money amount() {
        return amount == null ? null : Money.ofMinor(amount, currency);
    }

    public Money minSpend() {
        return minSpendAmount == null ? null : Money.ofMinor(minSpendAmount, currency);
    }

    public Long vendorId() {
        return vendorId;
    }

    public boolean platformFunded() {
        return vendorId == null;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Integer maxUses() {
        return maxUses;
    }

    public Integer maxUsesPerCustomer() {
        return maxUsesPerCustomer;
    }

    public int usedCount() {
        return usedCount;
    }

    public boolean active() {
        return active;
    }
}

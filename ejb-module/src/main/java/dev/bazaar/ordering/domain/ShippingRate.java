package dev.bazaar.ordering.domain;

import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Standard delivery in one currency: a shop's own rate, or (without a shop) the platform's default
 * for shops that set none. One per shop and currency; its amounts are always in its currency.
 */
@Entity
@Table(name = "shipping_rate")
public class ShippingRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id")
    private Long vendorId;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "flat_amount", nullable = false)
    private long flatAmount;

    @Column(name = "free_over_amount")
    private Long freeOverAmount;

    protected ShippingRate() {
        // for JPA
    }

    /** A rate for the shop {@code vendorId}, or the platform's default when it is null. */
    public ShippingRate(Long vendorId, ShippingTerms terms) {
        this.vendorId = vendorId;
        this.currency = terms.flatRate().currencyCode();
        change(terms);
    }

    /** New amounts; the currency stays the rate's own. */
    public void change(ShippingTerms terms) {
        if (!terms.flatRate().currencyCode().equals(currency)
                || (terms.freeOver() != null && !terms.freeOver().currencyCode().equals(currency))) {
            throw new IllegalArgumentException("A shipping rate in " + currency + " takes amounts in " + currency);
        }
        this.flatAmount = terms.flatRate().amountMinor();
        this.freeOverAmount = terms.freeOver() == null ? null : terms.freeOver().amountMinor();
    }

    public ShippingTerms terms() {
        return new ShippingTerms(ShippingTerms.STANDARD, Money.ofMinor(flatAmount, currency),
                freeOverAmount == null ? null : Money.ofMinor(freeOverAmount, currency));
    }

    public Long vendorId() {
        return vendorId;
    }

    public boolean platformDefault() {
        return vendorId == null;
    }

    public String currency() {
        return currency;
    }
}

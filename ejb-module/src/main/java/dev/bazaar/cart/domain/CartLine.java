package dev.bazaar.cart.domain;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Units of one variant in a cart, and the price the shopper last saw for it. Changed only through {@link Cart}. */
@Entity
@Table(name = "cart_line")
public class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "seen_price_amount", nullable = false)
    private long seenPriceAmount;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartLine() {
        // for JPA
    }

    CartLine(Cart cart, long variantId, Instant now) {
        this.cart = cart;
        this.variantId = variantId;
        this.addedAt = now;
    }

    void setQuantity(int quantity, Money price) {
        this.quantity = quantity;
        seen(price);
    }

    void seen(Money price) {
        this.seenPriceAmount = price.amountMinor();
    }

    public Long id() {
        return id;
    }

    public long variantId() {
        return variantId;
    }

    public int quantity() {
        return quantity;
    }

    /** The price the shopper was last shown, in the cart's currency. */
    public long seenPriceAmount() {
        return seenPriceAmount;
    }
}

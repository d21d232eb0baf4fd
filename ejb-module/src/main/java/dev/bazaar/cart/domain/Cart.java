package dev.bazaar.cart.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.MessageKey;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A shopper's cart, kept in the database so that any server can serve the next request. A guest's
 * cart is known by the hash of the token in their cookie; a customer's by their account. All lines
 * are in one currency (one checkout is one payment), at most {@value #MAX_QUANTITY} of a variant.
 */
@Entity
@Table(name = "cart")
public class Cart {

    public static final int MAX_QUANTITY = 999;
    public static final int MAX_LINES = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt, id")
    private List<CartLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Cart() {
        // for JPA
    }

    private Cart(String tokenHash, Long customerId, Instant now) {
        this.tokenHash = tokenHash;
        this.customerId = customerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Cart forGuest(String tokenHash, Instant now) {
        return new Cart(tokenHash, null, now);
    }

    public static Cart forCustomer(long customerId, Instant now) {
        return new Cart(null, customerId, now);
    }

    /**
     * Adds units of a variant at its current price; a variant already in the cart gets the units added
     * to its line. {@code available} caps the line's quantity.
     */
    public CartLine add(long variantId, int quantity, Money price, int available, Instant now) {
        requireQuantity(quantity);
        requireCurrency(price.currencyCode());
        Optional<CartLine> existing = lineFor(variantId);
        int wanted = existing.map(CartLine::quantity).orElse(0) + quantity;
        if (wanted > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "makes " + wanted + "; a cart holds at most " + MAX_QUANTITY + " of one item");
        }
        requireInStock(wanted, available);
        CartLine line = existing.orElseGet(() -> {
            if (lines.size() >= MAX_LINES) {
                throw new InvalidInputException("variantId", "cannot be added: a cart holds at most " + MAX_LINES + " different items");
            }
            CartLine added = new CartLine(this, variantId, now);
            lines.add(added);
            return added;
        });
        line.setQuantity(wanted, price);
        currency = price.currencyCode();
        updatedAt = now;
        return line;
    }

    /** Sets a line's quantity (the shopper typed a number); more than is available is refused. */
    public CartLine change(long lineId, int quantity, Money price, int available, Instant now) {
        requireQuantity(quantity);
        if (quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "must be at most " + MAX_QUANTITY);
        }
        CartLine line = lineById(lineId);
        requireInStock(quantity, available);
        line.setQuantity(quantity, price);
        updatedAt = now;
        return line;
    }

    public void remove(long lineId, Instant now) {
        lines.remove(lineById(lineId));
        if (lines.isEmpty()) {
            currency = null;
        }
        updatedAt = now;
    }

    /**
     * Takes a guest cart's lines into this one after sign-in: quantities add up, capped by what is in
     * stock now. Lines in another currency than this cart's stay behind. Returns what could not be
     * taken over as it was.
     */
    public List<String> absorb(Cart guest, MergeFacts facts, Instant now) {
        List<String> notes = new ArrayList<>();
        for (CartLine theirs : guest.lines) {
            Optional<MergeFacts.Offer> offer = facts.offer(theirs.variantId());
            if (offer.isEmpty()) {
                notes.add("An item from before you signed in is no longer sold and was left out.");
                continue;
            }
            MergeFacts.Offer o = offer.get();
            if (currency != null && !currency.equals(o.price().currencyCode())) {
                notes.add(o.name() + " is priced in " + o.price().currencyCode() + " and your cart in " + currency
                        + "; it was left out.");
                continue;
            }
            int already = lineFor(theirs.variantId()).map(CartLine::quantity).orElse(0);
            int wanted = Math.min(already + theirs.quantity(), MAX_QUANTITY);
            int kept = Math.min(wanted, o.available());
            if (kept < wanted) {
                notes.add("Only " + o.available() + " of " + o.name() + " in stock: your cart holds " + kept + ".");
            }
            if (kept <= already) {
                continue;
            }
            if (already == 0) {
                if (lines.size() >= MAX_LINES) {
                    notes.add(o.name() + " was left out: a cart holds at most " + MAX_LINES + " different items.");
                    continue;
                }
                lines.add(new CartLine(this, theirs.variantId(), now));
            }
            lineFor(theirs.variantId()).orElseThrow().setQuantity(kept, o.price());
            currency = o.price().currencyCode();
        }
        updatedAt = now;
        return notes;
    }

    /** The shopper has now been shown these prices: a later change is explained against them. */
    public void pricesSeen(Map<Long, Money> prices) {
        for (CartLine line : lines) {
            Money price = prices.get(line.variantId());
            if (price != null) {
                line.seen(price);
            }
        }
    }

    /** After checkout the cart starts again. */
    public void empty(Instant now) {
        lines.clear();
        currency = null;
        updatedAt = now;
    }

    private void requireCurrency(String priceCurrency) {
        if (currency != null && !lines.isEmpty() && !currency.equals(priceCurrency)) {
            throw new ConflictException("variantId", "is priced in " + priceCurrency + " and your cart in " + currency
                    + ": one checkout is paid in one currency, so check out or empty your cart first",
                    MessageKey.of("cart.otherCurrency", priceCurrency, currency));
        }
    }

    private static void requireQuantity(int quantity) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "must be at least 1");
        }
    }

    private static void requireInStock(int quantity, int available) {
        if (quantity > available) {
            throw available == 0
                    ? new ConflictException("quantity", "cannot be met: this item is out of stock", MessageKey.of("cart.outOfStock"))
                    : new ConflictException("quantity", "cannot be met: only " + available + " in stock", MessageKey.of("cart.onlyInStock", available));
        }
    }

    public Optional<CartLine> lineFor(long variantId) {
        return lines.stream().filter(l -> l.variantId() == variantId).findFirst();
    }

    private CartLine lineById(long lineId) {
        return lines.stream().filter(l -> l.id() != null && l.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("No line " + lineId + " in your cart"));
    }

    public Long id() {
        return id;
    }

    public Long customerId() {
        return customerId;
    }

    public String currency() {
        return currency;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

}

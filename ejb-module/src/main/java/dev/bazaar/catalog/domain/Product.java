package dev.bazaar.catalog.domain;

import java.time.Instant;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.vendor.domain.Vendor;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Something a vendor sells, with its current price. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false, unique = true, length = 160)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(columnDefinition = "text")
    private String description;

    @Embedded
    private Money price;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
    }

    /**
     * Sets a new price. A price is never negative, and a product keeps the currency it is listed in
     * (a vendor sells in one payout currency; converting is not a price change).
     */
    public void changePrice(Money newPrice) {
        if (newPrice.isNegative()) {
            throw new InvalidInputException("price", "must not be negative");
        }
        if (!newPrice.currencyCode().equals(price.currencyCode())) {
            throw new InvalidInputException("currency", "must stay " + price.currencyCode() + " for this product");
        }
        this.price = newPrice;
        this.updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Money price() {
        return price;
    }

    public Vendor vendor() {
        return vendor;
    }
}

package dev.bazaar.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Something a vendor sells: its details, its variants (the SKUs with their prices) and where it
 * stands in review. The listed price is the lowest variant price, kept here whenever variants
 * change. Every variant is priced in the vendor's payout currency.
 */
@Entity
@Table(name = "product")
public class Product {

    public static final int MAX_VARIANTS = 100;
    /** The reason a product is rejected, as long as a shop's rejection reason. */
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false, unique = true, length = 160)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(columnDefinition = "text")
    private String description;

    @Column(length = 120)
    private String brand;

    /** The lowest variant price. */
    @Embedded
    private Money price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductStatus status;

    @Column(name = "status_reason", columnDefinition = "text")
    private String statusReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Shown on the storefront's home page; platform admins choose. */
    @Column(nullable = false)
    private boolean featured;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    private List<ProductVariant> variants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<ProductAttribute> attributes = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
        // for JPA
    }

    /**
     * A new product of the shop {@code vendorId} in DRAFT, with at least one variant, each priced in
     * {@code shopCurrency} (the shop's payout currency; null when the shop has none yet: then the
     * variants agree among themselves).
     */
    public static Product draft(long vendorId, String shopCurrency, Category category, ProductDetails details,
                                List<VariantSpec> variants, Instant now) {
        if (variants == null || variants.isEmpty()) {
            throw new InvalidInputException("variants", "at least one is required");
        }
        Product product = new Product();
        product.vendorId = vendorId;
        product.status = ProductStatus.DRAFT;
        product.createdAt = now;
        product.describe(details, category, now);
        for (VariantSpec spec : variants) {
            product.addVariant(spec, shopCurrency, now);
        }
        return product;
    }

    public void describe(ProductDetails details, Category newCategory, Instant now) {
        if (!details.problems().isEmpty()) {
            throw new InvalidInputException(details.problems());
        }
        name = details.name();
        slug = details.slug();
        description = details.descriptionHtml();
        brand = details.brand();
        attributes = new ArrayList<>(details.attributes());
        category = newCategory;
        updatedAt = now;
    }

    public ProductVariant addVariant(VariantSpec spec, String shopCurrency, Instant now) {
        if (variants.size() >= MAX_VARIANTS) {
            throw new InvalidInputException("variants", "at most " + MAX_VARIANTS + " per product");
        }
        requireSellable(spec, shopCurrency, null);
        ProductVariant variant = new ProductVariant(this, variants.size(), spec);
        variants.add(variant);
        repriced(now);
        return variant;
    }

    public ProductVariant changeVariant(long variantId, VariantSpec spec, String shopCurrency, Instant now) {
        ProductVariant variant = variant(variantId)
                .orElseThrow(() -> new NotFoundException("No variant " + variantId + " in this product"));
        requireSellable(spec, shopCurrency, variant);
        variant.apply(spec);
        repriced(now);
        return variant;
    }

    public void removeVariant(long variantId, Instant now) {
        ProductVariant variant = variant(variantId)
                .orElseThrow(() -> new NotFoundException("No variant " + variantId + " in this product"));
        if (variants.size() == 1) {
            throw new ConflictException("variants", "cannot lose the last one; archive the product instead");
        }
        variants.remove(variant);
        repriced(now);
    }

    /** The walking skeleton's one-price products: a product with a single variant changes that variant's price. */
    public void changePrice(Money newPrice, Instant now) {
        if (variants.size() != 1) {
            throw new ConflictException("price", "belongs to each variant; change the variant's price");
        }
        ProductVariant only = variants.get(0);
        Money compareAt = only.compareAt() != null && only.compareAt().compareTo(newPrice) > 0 ? only.compareAt() : null;
        try {
            changeVariant(only.id(), new VariantSpec(only.sku(), only.options(), newPrice, compareAt,
                    only.weightGrams(), only.lowStockThreshold()), only.price().currencyCode(), now);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("price", e.getMessage());
        }
    }

    public void submitForReview(Instant now) {
        moveTo(ProductStatus.PENDING_REVIEW, null, now);
    }

    public void approve(Instant now) {
        moveTo(ProductStatus.ACTIVE, null, now);
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public void reject(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: the vendor is told why");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON + " characters");
        }
        moveTo(ProductStatus.REJECTED, reason.strip(), now);
    }

    public void archive(Instant now) {
        moveTo(ProductStatus.ARCHIVED, null, now);
    }

    public void restore(Instant now) {
        moveTo(ProductStatus.DRAFT, null, now);
    }

    /** Features the product on the home page (only a product shoppers can see), or stops featuring it. */
    public void feature(boolean feature, Instant now) {
        if (feature && status != ProductStatus.ACTIVE) {
            throw new ConflictException("featured", "only an ACTIVE product can be featured; this one is " + status);
        }
        featured = feature;
        updatedAt = now;
    }

    private void moveTo(ProductStatus target, String reason, Instant now) {
        if (!status.canTransitionTo(target)) {
            throw new ConflictException("status", "is " + status + " and cannot become " + target);
        }
        status = target;
        statusReason = reason;
        updatedAt = now;
    }

    private void requireSellable(VariantSpec spec, String currency, ProductVariant changing) {
        if (currency != null && !currency.equals(spec.price().currencyCode())) {
            throw new InvalidInputException("currency", "must be " + currency + ", the shop's payout currency");
        }
        if (currency == null && !variants.isEmpty() && !variants.get(0).price().currencyCode().equals(spec.price().currencyCode())) {
            throw new InvalidInputException("currency", "must be " + variants.get(0).price().currencyCode() + " like the other variants");
        }
        for (ProductVariant other : variants) {
            if (other != changing && other.sku().equals(spec.sku())) {
                throw new ConflictException("sku", spec.sku() + " is used by another variant");
            }
        }
    }

    private void repriced(Instant now) {
        price = variants.stream().map(ProductVariant::price)
                .min(Comparator.comparingLong(Money::amountMinor))
                .orElseThrow();
        updatedAt = now;
    }

    public Optional<ProductVariant> variant(long variantId) {
        return variants.stream().filter(v -> v.id() != null && v.id() == variantId).findFirst();
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

    public String description() {
        return description;
    }

    public String brand() {
        return brand;
    }

    public Money price() {
        return price;
    }

    public long vendorId() {
        return vendorId;
    }

    public Category category() {
        return category;
    }

    public ProductStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean featured() {
        return featured;
    }

    public List<ProductVariant> variants() {
        return List.copyOf(variants);
    }

    public List<ProductAttribute> attributes() {
        return List.copyOf(attributes);
    }
}

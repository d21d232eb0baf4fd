package dev.bazaar.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.bazaar.kernel.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a shopper actually buys: one SKU of a product, with its option values (size M, blue), its
 * own price and optional compare-at price, and its weight for shipping. Part of the product
 * aggregate: changed only through {@link Product}.
 */
@Entity
@Table(name = "product_variant")
public class ProductVariant {

    public static final int MAX_OPTIONS = 3;
    private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "vendor_id", nullable = false)
    private Long vendorId;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false, length = 200)
    private String title;

    @Embedded
    private Money price;

    @Column(name = "compare_at_amount")
    private Long compareAtAmount;

    @Column(name = "weight_grams")
    private Integer weightGrams;

    @Column(name = "low_stock_threshold", nullable = false)
    private int lowStockThreshold;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "variant_option", joinColumns = @JoinColumn(name = "variant_id"))
    @OrderColumn(name = "position")
    private List<OptionValue> options = new ArrayList<>();

    @Version
    private long version;

    protected ProductVariant() {
        // for JPA
    }

    ProductVariant(Product product, int position, VariantSpec spec) {
        this.product = product;
        this.vendorId = product.vendorId();
        this.position = position;
        apply(spec);
    }

    void apply(VariantSpec spec) {
        this.sku = spec.sku();
        this.options = new ArrayList<>(spec.options());
        this.title = spec.options().isEmpty() ? "Standard"
                : String.join(" / ", spec.options().stream().map(OptionValue::value).toList());
        this.price = spec.price();
        this.compareAtAmount = spec.compareAt() == null ? null : spec.compareAt().amountMinor();
        this.weightGrams = spec.weightGrams();
        this.lowStockThreshold = spec.lowStockThreshold();
    }

    /** Why {@code sku} cannot be a SKU code, or null when it can. */
    public static String skuProblem(String sku) {
        if (sku == null || sku.isBlank()) {
            return "is required";
        }
        return SKU.matcher(sku.strip()).matches() ? null
                : "may hold up to 64 letters, digits, dots, dashes and underscores, starting with a letter or digit";
    }

    public static String normalizeSku(String sku) {
        return sku == null ? null : sku.strip().toUpperCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public String sku() {
        return sku;
    }

    public String title() {
        return title;
    }

    public Money price() {
        return price;
    }

    public Money compareAt() {
        return compareAtAmount == null ? null : Money.ofMinor(compareAtAmount, price.currencyCode());
    }

    public Integer weightGrams() {
        return weightGrams;
    }

    public int lowStockThreshold() {
        return lowStockThreshold;
    }

    public int position() {
        return position;
    }

    public List<OptionValue> options() {
        return List.copyOf(options);
    }
}

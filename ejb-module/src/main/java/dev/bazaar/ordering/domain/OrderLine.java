package dev.bazaar.ordering.domain;

import java.util.ArrayList;
import java.util.List;

import dev.bazaar.kernel.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What was bought, as the catalog described and priced it at checkout, and where in stock its units
 * were reserved.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_order_id")
    private VendorOrder order;

    @Column(nullable = false)
    private int position;

    @Column(name = "variant_id")
    private Long variantId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "variant_title", nullable = false, length = 200)
    private String variantTitle;

    @Column(nullable = false, length = 64)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_amount", nullable = false)
    private long unitPriceAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_reservation", joinColumns = @JoinColumn(name = "order_line_id"))
    private List<Allocation> allocations = new ArrayList<>();

    protected OrderLine() {
        // for JPA
    }

    OrderLine(VendorOrder order, int position, Purchase purchase) {
        this.order = order;
        this.position = position;
        this.variantId = purchase.variantId();
        this.productId = purchase.productId();
        this.productName = purchase.productName();
        this.variantTitle = purchase.variantTitle();
        this.sku = purchase.sku();
        this.quantity = purchase.quantity();
        this.unitPriceAmount = purchase.unitPrice().amountMinor();
        this.allocations.addAll(purchase.allocations());
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public Long variantId() {
        return variantId;
    }

    public Long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public String variantTitle() {
        return variantTitle;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return Money.ofMinor(unitPriceAmount, order.currency());
    }

    public Money amount() {
        return unitPrice().times(quantity);
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }
}

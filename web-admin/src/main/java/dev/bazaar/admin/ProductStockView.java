package dev.bazaar.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductEdit;
import dev.bazaar.catalog.application.VariantView;
import dev.bazaar.inventory.application.StockKeeping;
import dev.bazaar.inventory.application.StockLevelView;
import dev.bazaar.inventory.application.StockLocationView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The product page's stock: each variant's units at each of the shop's locations, and a form that
 * counts units in or out, or records what a count found, always with a reason.
 */
@Named("stock")
@ViewScoped
public class ProductStockView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One variant's line in the stock table: its levels by location id. */
    public record Row(VariantView variant, Map<Long, StockLevelView> levels) {

        public StockLevelView at(long locationId) {
            return levels.get(locationId);
        }
    }

    @EJB
    StockKeeping stock;

    @Inject
    ProductEditorView editor;

    private List<StockLocationView> locations;
    private List<Row> rows;
    private transient ProductDetailView rowsFor;
    private Long variantId;
    private Long locationId;
    /** RECEIVE (units in), REMOVE (units out) or COUNT (what a count found). */
    private String change = "RECEIVE";
    private Integer quantity;
    private String reason;

    /** Whether a stock change is filled in (units given): the editor's one save then applies it. */
    boolean changeEntered() {
        return quantity != null;
    }

    /** The change as typed, for the editor's one save (the service checks it). */
    ProductEdit.StockChange change() {
        return new ProductEdit.StockChange(variantId, locationId,
                change == null ? ProductEdit.StockKind.RECEIVE : ProductEdit.StockKind.valueOf(change), quantity, reason);
    }

    /** After a save that applied the change: the form is empty again, and the table is read again. */
    void saved() {
        quantity = null;
        reason = null;
        rows = null;
    }

    public List<StockLocationView> getLocations() {
        if (locations == null) {
            locations = stock.locations();
        }
        return locations;
    }

    /** One line per variant of the product as the editor holds it now (a variant added a moment ago included). */
    public List<Row> getRows() {
        ProductDetailView product = editor.getProduct();
        if (rows == null || rowsFor != product) {
            Map<Long, List<StockLevelView>> byVariant = stock.levels(product.variants().stream().map(VariantView::id).toList())
                    .stream().collect(Collectors.groupingBy(StockLevelView::variantId));
            rows = new ArrayList<>();
            for (VariantView variant : product.variants()) {
                rows.add(new Row(variant, byVariant.getOrDefault(variant.id(), List.of()).stream()
                        .collect(Collectors.toMap(StockLevelView::locationId, Function.identity()))));
            }
            rowsFor = product;
        }
        return rows;
    }

    public Long getVariantId() {
        return variantId;
    }

    public void setVariantId(Long variantId) {
        this.variantId = variantId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

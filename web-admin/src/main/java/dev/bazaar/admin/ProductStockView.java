package dev.bazaar.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.VariantView;
import dev.bazaar.inventory.application.StockKeeping;
import dev.bazaar.inventory.application.StockLevelView;
import dev.bazaar.inventory.application.StockLocationView;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.web.Outcome;
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

    boolean apply() {
        Integer units = quantity;
        Long variant = variantId;
        Long location = locationId;
        boolean applied = Outcome.summary().report(() -> {
            if (variant == null || location == null) {
                throw new InvalidInputException("variant", "and location are required");
            }
            if (units == null || units < 0) {
                throw new InvalidInputException("quantity", "must be a whole number, 0 or more");
            }
            switch (change == null ? "" : change) {
                case "RECEIVE" -> stock.adjust(variant, location, units, reason);
                case "REMOVE" -> stock.adjust(variant, location, -units, reason);
                case "COUNT" -> stock.setOnHand(variant, location, units, reason);
                default -> throw new InvalidInputException("change", "must be units in, units out or a count");
            }
            editor.load();
        }, "Stock saved.");
        if (applied) {
            quantity = null;
            reason = null;
        }
        return applied;
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

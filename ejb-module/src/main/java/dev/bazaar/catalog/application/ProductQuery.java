package dev.bazaar.catalog.application;

/**
 * What to list: optional text filters on the product and vendor names, and an order.
 * Filtering, sorting and paging all happen in SQL.
 */
public record ProductQuery(String nameContains, String vendorContains, SortField sortBy, boolean descending) {

    public enum SortField { NAME, VENDOR, PRICE, UPDATED }

    public static ProductQuery all() {
        return new ProductQuery(null, null, SortField.NAME, false);
    }

    public ProductQuery {
        nameContains = blankToNull(nameContains);
        vendorContains = blankToNull(vendorContains);
        sortBy = sortBy == null ? SortField.NAME : sortBy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

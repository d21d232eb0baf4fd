package dev.bazaar.catalog.application;

/**
 * What to list: optional text filters on the product and vendor names, and an order. Shoppers' lists
 * hold only the products of approved shops; the back office also sees pending and suspended shops'.
 * Filtering, sorting and paging all happen in SQL.
 */
public record ProductQuery(String nameContains, String vendorContains, String vendorSlug, SortField sortBy,
                           boolean descending, boolean tradingShopsOnly) {

    public enum SortField { NAME, VENDOR, PRICE, UPDATED }

    /** Everything shoppers may see, by name. */
    public static ProductQuery all() {
        return new ProductQuery(null, null, null, SortField.NAME, false, true);
    }

    /** One approved shop's products, by name. */
    public static ProductQuery ofShop(String vendorSlug) {
        return new ProductQuery(null, null, vendorSlug, SortField.NAME, false, true);
    }

    /** Shoppers' products whose name contains the text. */
    public static ProductQuery named(String nameContains) {
        return new ProductQuery(nameContains, null, null, SortField.NAME, false, true);
    }

    public ProductQuery {
        nameContains = blankToNull(nameContains);
        vendorContains = blankToNull(vendorContains);
        vendorSlug = blankToNull(vendorSlug);
        sortBy = sortBy == null ? SortField.NAME : sortBy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

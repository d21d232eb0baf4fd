package dev.bazaar.catalog.application;

import dev.bazaar.catalog.domain.ProductStatus;

/**
 * What to list: optional text filters on the product and vendor names, a shop, a status, and an
 * order. Shoppers' lists hold only active products of approved shops; the back office sees every
 * status (a vendor only their own shop's). Filtering, sorting and paging all happen in SQL.
 */
public record ProductQuery(String nameContains, String vendorContains, String vendorSlug, Long vendorId,
                           ProductStatus status, SortField sortBy, boolean descending, boolean shoppersOnly) {

    public enum SortField { NAME, VENDOR, PRICE, UPDATED }

    /** Everything shoppers may see, by name. */
    public static ProductQuery all() {
        return new ProductQuery(null, null, null, null, null, SortField.NAME, false, true);
    }

    /** One approved shop's active products, by name. */
    public static ProductQuery ofShop(String vendorSlug) {
        return new ProductQuery(null, null, vendorSlug, null, null, SortField.NAME, false, true);
    }

    /** Shoppers' products whose name contains the text. */
    public static ProductQuery named(String nameContains) {
        return new ProductQuery(nameContains, null, null, null, null, SortField.NAME, false, true);
    }

    /** The back office's list: any status, optionally filtered. */
    public static ProductQuery backOffice(String nameContains, String vendorContains, ProductStatus status,
                                          SortField sortBy, boolean descending) {
        return new ProductQuery(nameContains, vendorContains, null, null, status, sortBy, descending, false);
    }

    public ProductQuery {
        nameContains = blankToNull(nameContains);
        vendorContains = blankToNull(vendorContains);
        vendorSlug = blankToNull(vendorSlug);
        sortBy = sortBy == null ? SortField.NAME : sortBy;
    }

    /** The same query narrowed to one shop (how vendor-scoped services apply the caller's shop). */
    public ProductQuery forVendor(long id) {
        return new ProductQuery(nameContains, vendorContains, vendorSlug, id, status, sortBy, descending, shoppersOnly);
    }

    /** The same query limited to what shoppers may see. */
    public ProductQuery forShoppers() {
        return new ProductQuery(nameContains, vendorContains, vendorSlug, vendorId, status, sortBy, descending, true);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

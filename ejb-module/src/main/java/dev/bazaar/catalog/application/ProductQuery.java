package dev.bazaar.catalog.application;

import java.io.Serializable;

import dev.bazaar.catalog.domain.ProductStatus;

/**
 * What the back office lists: optional text filters on the product and vendor names, a shop, a status,
 * and an order, over every status (a vendor only their own shop's). Shoppers search with
 * {@link SearchQuery} instead. Filtering, sorting and paging all happen in SQL.
 */
public record ProductQuery(String nameContains, String vendorContains, Long vendorId,
                           ProductStatus status, SortField sortBy, boolean descending) implements Serializable {

    public enum SortField { NAME, VENDOR, PRICE, UPDATED }

    /** The back office's list: any status, optionally filtered. */
    public static ProductQuery backOffice(String nameContains, String vendorContains, ProductStatus status,
                                          SortField sortBy, boolean descending) {
        return new ProductQuery(nameContains, vendorContains, null, status, sortBy, descending);
    }

    public ProductQuery {
        nameContains = blankToNull(nameContains);
        vendorContains = blankToNull(vendorContains);
        sortBy = sortBy == null ? SortField.NAME : sortBy;
    }

    /** The same query narrowed to one shop (how vendor-scoped services apply the caller's shop). */
    public ProductQuery forVendor(long id) {
        return new ProductQuery(nameContains, vendorContains, id, status, sortBy, descending);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

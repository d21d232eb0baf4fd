package dev.bazaar.admin;

import java.io.Serializable;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import dev.bazaar.catalog.application.BackOfficeCatalog;
import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.ProductQuery.SortField;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.kernel.Page;

/**
 * Feeds the product table one page at a time: the table's filters and sort order become a
 * {@link ProductQuery}, so PostgreSQL does the filtering, sorting and paging.
 */
final class ProductLazyModel {

    private ProductLazyModel() {
    }

    /** {@code fetched} sees each page as it arrives (to read what goes beside it, such as stock, in one more query). */
    static PagedLazyModel<ProductView> over(BackOfficeCatalog catalog, PageListener fetched) {
        return new PagedLazyModel<>((filterBy, sortBy, page) -> {
            Page<ProductView> items = catalog.list(query(filterBy, sortBy), page);
            fetched.fetched(items);
            return items;
        }, product -> String.valueOf(product.id()));
    }

    interface PageListener extends Serializable {
        void fetched(Page<ProductView> page);
    }

    /** The query for the table's filters and sort order. */
    static ProductQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        SortField field = sort == null ? SortField.NAME : switch (sort.getField()) {
            case "vendorName" -> SortField.VENDOR;
            case "price" -> SortField.PRICE;
            case "updatedAt" -> SortField.UPDATED;
            default -> SortField.NAME;
        };
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        String status = filterText(filterBy, "status");
        return ProductQuery.backOffice(filterText(filterBy, "name"), filterText(filterBy, "vendorName"),
                status(status), field, descending);
    }

    private static ProductStatus status(String name) {
        return java.util.Arrays.stream(ProductStatus.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static String filterText(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}

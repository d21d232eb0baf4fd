package dev.bazaar.admin;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.ProductQuery.SortField;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;

/**
 * Feeds the product table one page at a time: the table's filters and sort order become a
 * {@link ProductQuery}, so PostgreSQL does the filtering, sorting and paging.
 */
public class ProductLazyModel extends LazyDataModel<ProductView> {

    private static final long serialVersionUID = 1L;

    private final ProductCatalog catalog;

    ProductLazyModel(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(catalog.list(query(filterBy, Map.of()), new PageRequest(0, 1)).totalItems());
    }

    @Override
    public List<ProductView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<ProductView> page = catalog.list(query(filterBy, sortBy), new PageRequest(first / size, size));
        setRowCount(Math.toIntExact(page.totalItems()));
        return page.items();
    }

    @Override
    public String getRowKey(ProductView product) {
        return String.valueOf(product.id());
    }

    private static ProductQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        SortField field = sort == null ? SortField.NAME : switch (sort.getField()) {
            case "vendorName" -> SortField.VENDOR;
            case "price" -> SortField.PRICE;
            case "updatedAt" -> SortField.UPDATED;
            default -> SortField.NAME;
        };
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        return new ProductQuery(filterText(filterBy, "name"), filterText(filterBy, "vendorName"), field, descending);
    }

    private static String filterText(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}

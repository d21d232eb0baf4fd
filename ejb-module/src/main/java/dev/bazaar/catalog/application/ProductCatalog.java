package dev.bazaar.catalog.application;

import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Read side of the catalog: listing and looking up products. Reads run in a (one-phase) container
 * transaction too: outside one, Hibernate would close its connection after Liberty's local
 * transaction containment had already ended.
 */
@Stateless
public class ProductCatalog {

    @Inject
    ProductRepository products;

    public Page<ProductView> list(ProductQuery query, PageRequest page) {
        return products.list(query, page);
    }

    /** A product shoppers may see: its shop is approved. */
    public ProductView product(long id) {
        return products.view(id, true).orElseThrow(() -> new NotFoundException("No product with id " + id));
    }

    /** A product as the back office sees it, whatever its shop's standing. */
    public ProductView productForBackOffice(long id) {
        return products.view(id, false).orElseThrow(() -> new NotFoundException("No product with id " + id));
    }
}

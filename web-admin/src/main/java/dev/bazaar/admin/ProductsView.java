package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The back office product list. */
@Named("products")
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProductCatalog catalog;

    private PagedLazyModel<ProductView> model;

    @PostConstruct
    void init() {
        model = ProductLazyModel.over(catalog);
    }

    public PagedLazyModel<ProductView> getModel() {
        return model;
    }
}

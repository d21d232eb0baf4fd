package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.ProductCatalog;
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

    private ProductLazyModel model;

    @PostConstruct
    void init() {
        model = new ProductLazyModel(catalog);
    }

    public ProductLazyModel getModel() {
        return model;
    }
}

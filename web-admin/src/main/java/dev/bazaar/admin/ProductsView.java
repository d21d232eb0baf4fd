package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.BackOfficeCatalog;
import dev.bazaar.catalog.application.ProductView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The back office product list: every shop's for platform admins, their own shop's for vendors. */
@Named("products")
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BackOfficeCatalog catalog;

    private PagedLazyModel<ProductView> model;

    @PostConstruct
    void init() {
        model = ProductLazyModel.over(catalog);
    }

    public PagedLazyModel<ProductView> getModel() {
        return model;
    }
}

package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.catalog.application.ProductModeration;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.vendor.application.VendorApproval;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.vendor.domain.VendorStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The admins' review queue: products sent for review and shop applications, oldest first, each linked to where it is decided. */
@Named("review")
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProductModeration moderation;

    @EJB
    VendorApproval approval;

    private PagedLazyModel<ProductView> products;
    private PagedLazyModel<VendorView> shops;

    @PostConstruct
    void init() {
        products = new PagedLazyModel<>((filterBy, sortBy, page) -> moderation.queue(page), p -> String.valueOf(p.id()));
        shops = new PagedLazyModel<>((filterBy, sortBy, page) -> approval.vendors(VendorStatus.PENDING, null, page),
                v -> String.valueOf(v.id()));
    }

    public PagedLazyModel<ProductView> getProducts() {
        return products;
    }

    public PagedLazyModel<VendorView> getShops() {
        return shops;
    }
}

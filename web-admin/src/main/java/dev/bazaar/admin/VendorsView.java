package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.vendor.application.VendorApproval;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.vendor.domain.VendorStatus;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Platform admins' list of shops, by status: it opens on the queue of pending applications, oldest
 * first. The platform's default commission is set here too.
 */
@Named("vendors")
@ViewScoped
public class VendorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VendorApproval approval;

    private VendorStatus status = VendorStatus.PENDING;
    private String search;
    private String defaultCommission;
    private PagedLazyModel<VendorView> model;

    @PostConstruct
    void init() {
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> approval.vendors(status, search, page),
                vendor -> String.valueOf(vendor.id()));
        defaultCommission = approval.defaultCommission().replace(" %", "");
    }

    public void saveDefaultCommission() {
        Outcome.summary().report(() -> defaultCommission = approval.changeDefaultCommission(defaultCommission).replace(" %", ""),
                "Shops without a rate of their own now pay " + defaultCommission + " % commission.");
    }

    public VendorStatus[] getStatuses() {
        return VendorStatus.values();
    }

    public PagedLazyModel<VendorView> getModel() {
        return model;
    }

    public VendorStatus getStatus() {
        return status;
    }

    public void setStatus(VendorStatus status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getDefaultCommission() {
        return defaultCommission;
    }

    public void setDefaultCommission(String defaultCommission) {
        this.defaultCommission = defaultCommission;
    }
}

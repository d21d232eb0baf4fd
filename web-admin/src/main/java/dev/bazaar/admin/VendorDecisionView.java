package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.vendor.application.VendorApproval;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.web.Outcome;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** One shop's page for platform admins: its application, and the decisions open to it. */
@Named("vendorDecision")
@ViewScoped
public class VendorDecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    VendorApproval approval;

    private long id;
    private VendorView vendor;
    private String reason;
    private String commission;

    /** f:viewAction: loads the shop named by {@code ?id=}, or says it does not exist. */
    public void load() {
        Outcome.summary().report(() -> show(approval.vendor(id)), null);
    }

    public void approve() {
        Outcome.summary().report(() -> show(approval.approve(id)), vendor.name()
                + " is approved. The applicant is its owner now and has been told by mail.");
    }

    public void reject() {
        if (Outcome.summary().report(() -> show(approval.reject(id, reason)),
                vendor.name() + "'s application is rejected; the applicant has been told why.")) {
            reason = null;
        }
    }

    public void suspend() {
        if (Outcome.summary().report(() -> show(approval.suspend(id, reason)),
                vendor.name() + " is suspended: its products have left the storefront.")) {
            reason = null;
        }
    }

    public void reinstate() {
        Outcome.summary().report(() -> show(approval.reinstate(id)), vendor.name() + " is trading again.");
    }

    public void saveCommission() {
        Outcome.summary().report(() -> show(approval.changeCommission(id, commission)), "Commission saved.");
    }

    private void show(VendorView shown) {
        vendor = shown;
        commission = shown.ownCommission() ? shown.commission().replace(" %", "") : null;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public VendorView getVendor() {
        return vendor;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCommission() {
        return commission;
    }

    public void setCommission(String commission) {
        this.commission = commission;
    }
}

package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.ordering.application.OrderAdministration;
import dev.bazaar.ordering.application.VendorOrderDesk;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.web.Outcome;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The printable packing slip of one shop's part of an order: its own shop's for members, any for admins. */
@Named("packingSlip")
@ViewScoped
public class PackingSlipView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderAdministration administration;

    @EJB
    VendorOrderDesk desk;

    private String number;
    private VendorOrderView part;

    /** f:viewAction: loads the part named by {@code ?number=}, or says there is none. */
    public void load() {
        Outcome.summary().report(() -> part = CallerRoles.isPlatformAdmin() ? administration.vendorOrder(number) : desk.order(number), null);
    }

    public int getUnits() {
        return part == null ? 0 : part.lines().stream().mapToInt(l -> l.quantity()).sum();
    }

    public VendorOrderView getPart() {
        return part;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}

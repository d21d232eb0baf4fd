package dev.bazaar.admin;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.bazaar.ordering.application.OrderAdministration;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.VendorOrderDesk;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.PaymentStatus;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.web.Outcome;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One order in the back office. Platform admins open the whole checkout (BZ100001): they mark a
 * manual payment received and cancel a shop's part. A shop's members open their own part
 * (BZ100001-2): accept, ship with carrier and tracking number, mark delivered, take a return back or
 * deny it; owners and managers also cancel. The services check every step again; this page only
 * offers the steps the order's status allows.
 */
@Named("orderDesk")
@ViewScoped
public class OrderDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderAdministration administration;

    @EJB
    VendorOrderDesk desk;

    private String number;
    private boolean admin;
    private OrderView order;
    private VendorOrderView part;
    private String carrier;
    private String trackingNumber;
    private String reason;
    private String paymentNote;
    private final Map<String, String> partReasons = new HashMap<>();

    /** f:viewAction: loads the order named by {@code ?number=}, or says there is none. */
    public void load() {
        admin = CallerRoles.isPlatformAdmin();
        Outcome.summary().report(() -> {
            if (admin) {
                order = administration.order(number);
            } else {
                part = desk.order(number);
            }
        }, null);
    }

    // ---- a shop's steps ----

    public void accept() {
        step(() -> desk.accept(number), "Accepted: pack it and ship it.");
    }

    public void ship() {
        step(() -> desk.ship(number, carrier, trackingNumber), "Marked shipped; the customer has been told.");
    }

    public void deliver() {
        step(() -> desk.deliver(number), "Marked delivered.");
    }

    public void approveReturn() {
        step(() -> desk.approveReturn(number), "Return received; the goods are back in stock.");
    }

    public void denyReturn() {
        step(() -> desk.denyReturn(number, reason), "Return denied; the order is completed.");
    }

    public void cancel() {
        step(() -> desk.cancel(number, reason), "Order cancelled; the customer has been told.");
    }

    private void step(Supplier<VendorOrderView> action, String done) {
        if (Outcome.summary().report(() -> part = action.get(), done)) {
            reason = null;
        }
    }

    // ---- an admin's steps ----

    public void markPaid() {
        if (Outcome.summary().report(() -> order = administration.markPaid(number, paymentNote),
                "Payment recorded: every part still awaiting payment is paid and its stock sold.")) {
            paymentNote = null;
        }
    }

    public void cancelPart(String vendorOrderNumber) {
        String why = partReasons.get(vendorOrderNumber);
        if (Outcome.summary().report(() -> order = administration.cancel(number, vendorOrderNumber, why),
                vendorOrderNumber + " cancelled; the customer and the shop have been told.")) {
            partReasons.remove(vendorOrderNumber);
        }
    }

    // ---- what the page shows ----

    /** The parts on the page: every shop's for an admin, the caller's own for a shop. */
    public List<VendorOrderView> getParts() {
        if (admin) {
            return order == null ? List.of() : order.vendorOrders();
        }
        return part == null ? List.of() : List.of(part);
    }

    public boolean isFound() {
        return admin ? order != null : part != null;
    }

    public boolean can(VendorOrderView vendorOrder, String status) {
        return vendorOrder.next().contains(VendorOrderStatus.valueOf(status));
    }

    public boolean isAwaitingPayment() {
        return order != null && order.paymentStatus() == PaymentStatus.AWAITING;
    }

    /** Owners and managers cancel a shop's order; staff only fulfil it. */
    public boolean isManager() {
        return CallerRoles.managesShop();
    }

    /** A shop's owner or manager may cancel its part while nothing has shipped. */
    public boolean isCancellable() {
        return part != null && part.next().contains(VendorOrderStatus.CANCELLED) && isManager();
    }

    public String getTitle() {
        return (admin ? "Order " : "Shop order ") + (number == null ? "" : number);
    }

    public boolean isAdmin() {
        return admin;
    }

    public OrderView getOrder() {
        return order;
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

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPaymentNote() {
        return paymentNote;
    }

    public void setPaymentNote(String paymentNote) {
        this.paymentNote = paymentNote;
    }

    /** Each part's cancel reason, by vendor order number. */
    public Map<String, String> getPartReasons() {
        return partReasons;
    }
}

package dev.bazaar.storefront;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.ordering.application.CustomerOrders;
import dev.bazaar.ordering.application.OrderView;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The customer's orders: the list ({@code orders.xhtml}) and one order ({@code order.xhtml?number=}),
 * where each shop's part shows its status, shipment and history, and can be cancelled before it ships
 * or returned after delivery. How to pay and the refunds: {@link OrderPaymentView}.
 */
@Named("myOrders")
@ViewScoped
public class OrderPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final FieldLabels LABELS = FieldLabels.of("order", "reason", "status", "vendorOrderNumber");

    @EJB
    CustomerOrders orders;

    private String number;
    private boolean placed;
    private int page;
    private OrderView order;
    private Page<OrderView> list;
    private String returnReason;

    /** f:viewAction of the list page. */
    public void loadList() {
        list = orders.mine(new PageRequest(Math.max(page, 0), 10));
    }

    /** f:viewAction of an order's page: someone else's order is a 404 like one that does not exist. */
    public void loadOrder() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            order = orders.mine(number);
        } catch (NotFoundException e) {
            order = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void cancel(VendorOrderView part) {
        act(() -> orders.cancel(order.number(), part.number(), null), Texts.text("order.cancelled", part.number()));
    }

    public void requestReturn(VendorOrderView part) {
        act(() -> orders.requestReturn(order.number(), part.number(), returnReason),
                Texts.text("order.returnAsked", part.vendorName(), part.number()));
        returnReason = null;
    }

    /** Runs a step on the order; a step its status no longer allows shows the order as it is now. */
    private void act(Supplier<OrderView> action, String done) {
        Texts.sentences(LABELS).after(ConflictException.class, e -> order = orders.mine(order.number()))
                .report(() -> order = action.get(), done);
    }

    public boolean cancellable(VendorOrderView part) {
        return part.status().cancellableByCustomer();
    }

    public boolean returnable(VendorOrderView part) {
        return part.status() == VendorOrderStatus.DELIVERED;
    }

    /** A status as a shopper reads it. */
    public String status(VendorOrderStatus status) {
        return Texts.text("status." + status.name());
    }

    public List<OrderView> getOrders() {
        return list == null ? List.of() : list.items();
    }

    public Page<OrderView> getList() {
        return list;
    }

    public OrderView getOrder() {
        return order;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isPlaced() {
        return placed;
    }

    public void setPlaced(boolean placed) {
        this.placed = placed;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}

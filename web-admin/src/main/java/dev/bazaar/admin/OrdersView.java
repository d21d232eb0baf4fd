package dev.bazaar.admin;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.ordering.application.OrderAdministration;
import dev.bazaar.ordering.application.OrderCsv;
import dev.bazaar.ordering.application.VendorOrderDesk;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.vendor.application.VendorApproval;
import dev.bazaar.vendor.application.VendorView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The back office's order list: every shop's vendor orders for platform admins, the caller's shop's
 * for its members (the service decides which). Filters are status, shop (admins), placing dates and
 * customer or order number; the CSV export writes every row the filters select.
 */
@Named("orders")
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderAdministration administration;

    @EJB
    VendorOrderDesk desk;

    @EJB
    VendorApproval shops;

    private String status;
    private VendorView shop;
    private String from;
    private String to;
    private String search;
    private Orders.Filter filter = new Orders.Filter(null, null, null, null, null);
    private boolean admin;
    private PagedLazyModel<VendorOrderView> model;
    private List<VendorOrderView> selected = new ArrayList<>();
    private BulkOutcome outcome;
    /** Set when "select all that match" was chosen: the filters then, and how many orders they matched. */
    private Orders.Filter matching;
    private long matchingCount;

    @PostConstruct
    void init() {
        admin = CallerRoles.isPlatformAdmin();
        model = new PagedLazyModel<>((filterBy, sortBy, page) -> fetch(page), order -> order.number());
    }

    private Page<VendorOrderView> fetch(PageRequest page) {
        return admin ? administration.vendorOrders(filter, page) : desk.orders(filter, page);
    }

    /** Accepts the selected orders together (a shop's members; paid ones only, the others are refused with the reason). */
    public void acceptSelected() {
        outcome = null;
        if (selected.isEmpty() && matching == null) {
            PageMessages.error("Not done: select orders in the table first.");
            return;
        }
        Outcome.summary().report(() -> outcome = matching == null ? desk.acceptAll(selectedNumbers()) : desk.acceptMatching(matching), null);
        if (outcome != null) {
            BulkMessages.report(outcome, "Accepted", "order", "orders");
            selected = new ArrayList<>();
            matching = null;
        }
    }

    /** Opens the selected orders' packing slips (every matching order's, when all are selected) on one printable page. */
    public String printSlips() {
        if (selected.isEmpty() && matching == null) {
            PageMessages.error("Not done: select the orders to print slips for first.");
            return null;
        }
        Orders.Filter all = matching;
        return Outcome.summary().attempt(() -> all == null ? selectedNumbers() : desk.matching(all))
                .map(numbers -> "packing-slip?faces-redirect=true&numbers=" + String.join(",", numbers)).orElse(null);
    }

    /** "Select all that match": the next action is for every order the filters match now, on every page. */
    public void selectAllMatching() {
        matching = filter;
        matchingCount = model.getRowCount();
    }

    /** Back to the rows ticked (after "select all that match", or when the ticks or the filters change). */
    public void selectionChanged() {
        matching = null;
    }

    /** Whether every row of the page is ticked while more orders match: the page then offers to select them all. */
    public boolean isOfferAllMatching() {
        return matching == null && model.getRowCount() > model.shownRows() && model.pageSelected(selected);
    }

    public boolean isAllMatching() {
        return matching != null;
    }

    public long getMatchingCount() {
        return matchingCount;
    }

    /** The most orders one action takes. */
    public int getLimit() {
        return VendorOrderDesk.MAX_SELECTION;
    }

    private List<String> selectedNumbers() {
        return selected.stream().map(VendorOrderView::number).toList();
    }

    public List<VendorOrderView> getSelected() {
        return selected;
    }

    public void setSelected(List<VendorOrderView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public BulkOutcome getOutcome() {
        return outcome;
    }

    /** Applies the filter form; a date that is not a date is a message, and the list stays as it was. */
    public void find() {
        matching = null;
        try {
            filter = new Orders.Filter(status == null || status.isBlank() ? null : VendorOrderStatus.valueOf(status),
                    shop == null ? null : shop.id(), startOf(DateInput.parse("From", from)), startOf(next(DateInput.parse("To", to))),
                    search == null || search.isBlank() ? null : search.strip());
        } catch (IllegalArgumentException e) {
            PageMessages.error(e.getMessage());
        }
    }

    public void clear() {
        matching = null;
        status = null;
        shop = null;
        from = null;
        to = null;
        search = null;
        filter = new Orders.Filter(null, null, null, null, null);
    }

    /** Shops whose name contains what the admin typed, for the shop filter. */
    public List<VendorView> completeShop(String text) {
        return shops.vendors(null, text, new PageRequest(0, 12)).items();
    }

    /** The shop filter's converter: a shop travels as its id. */
    public Converter<VendorView> getShopConverter() {
        return new Converter<>() {
            @Override
            public VendorView getAsObject(FacesContext context, UIComponent component, String id) {
                if (id == null || id.isBlank()) {
                    return null;
                }
                try {
                    return shops.vendor(Long.parseLong(id.strip()));
                } catch (NumberFormatException | NotFoundException e) {
                    throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            "Pick a shop from the list.", "Pick a shop from the list."));
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, VendorView shop) {
                return shop == null ? "" : String.valueOf(shop.id());
            }
        };
    }

    public void exportCsv() throws IOException {
        CsvDownload.of("orders", OrderCsv.HEADER, model, OrderCsv::row);
    }

    private static LocalDate next(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Where a row leads: admins see the whole checkout, shops their own part. */
    public String link(VendorOrderView order) {
        return admin ? order.orderNumber() : order.number();
    }

    public VendorOrderStatus[] getStatuses() {
        return VendorOrderStatus.values();
    }

    public boolean isAdmin() {
        return admin;
    }

    public PagedLazyModel<VendorOrderView> getModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public VendorView getShop() {
        return shop;
    }

    public void setShop(VendorView shop) {
        this.shop = shop;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}

package dev.bazaar.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import dev.bazaar.ordering.application.OrderAdministration;
import dev.bazaar.ordering.application.VendorOrderDesk;
import dev.bazaar.ordering.application.VendorOrderView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Printable packing slips, one to a sheet: one shop's part ({@code ?number=}; its own shop's for members,
 * any for admins), or many of the caller's shop's parts at once ({@code ?numbers=a,b,c}, read in one query).
 */
@Named("packingSlip")
@ViewScoped
public class PackingSlipView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderAdministration administration;

    @EJB
    VendorOrderDesk desk;

    private String number;
    private String numbers;
    private List<VendorOrderView> parts = List.of();

    /** f:viewAction: loads the parts named by {@code ?number=} or {@code ?numbers=}, or says there are none. */
    public void load() {
        if (numbers != null && !numbers.isBlank()) {
            Outcome.summary().report(() -> parts = desk.orders(Arrays.stream(numbers.split(",")).map(String::strip)
                    .filter(n -> !n.isEmpty()).toList()), null);
        } else if (number != null && !number.isBlank()) {
            Outcome.summary().report(() -> parts = List.of(CallerRoles.isPlatformAdmin()
                    ? administration.vendorOrder(number) : desk.order(number)), null);
        } else {
            PageMessages.error("Which order? The address needs ?number=… or ?numbers=…");
        }
    }

    public int units(VendorOrderView part) {
        return part.lines().stream().mapToInt(l -> l.quantity()).sum();
    }

    public List<VendorOrderView> getParts() {
        return parts;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNumbers() {
        return numbers;
    }

    public void setNumbers(String numbers) {
        this.numbers = numbers;
    }
}

package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.ordering.application.ShippingRateView;
import dev.bazaar.ordering.application.ShopShippingRates;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "Shipping" section of "My shop": what the shop's orders pay for standard delivery in each
 * currency. Owners and managers set the shop's own rate or remove it (Bazaar's default applies
 * again); staff read it.
 */
@Named("shopShipping")
@ViewScoped
public class ShopShippingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ShopShippingRates shipping;

    @Inject
    Formats fmt;

    private List<ShippingRateView> rates;
    private final ShippingRateForm form = new ShippingRateForm();

    @PostConstruct
    void load() {
        Outcome.summary().report(() -> rates = shipping.rates(), null);
    }

    public void save() {
        Outcome.summary().report(() -> {
            ShippingRateView rate = shipping.set(form.getCurrency(), form.input());
            PageMessages.info("Standard delivery in " + rate.currency() + " saved: " + ShippingRateForm.describe(rate, fmt) + ".");
            form.clear();
            load();
        }, null);
    }

    /** Puts the row's rate into the form below the table, to change it (or to start the shop's own from the default). */
    public void change(ShippingRateView rate) {
        form.fill(rate);
    }

    public void remove(ShippingRateView rate) {
        if (Outcome.summary().report(() -> shipping.remove(rate.currency()),
                "Your rate in " + rate.currency() + " removed: Bazaar's default applies again.")) {
            load();
        }
    }

    public boolean isEditable() {
        return CallerRoles.managesShop();
    }

    public List<ShippingRateView> getRates() {
        return rates;
    }

    public ShippingRateForm getForm() {
        return form;
    }
}

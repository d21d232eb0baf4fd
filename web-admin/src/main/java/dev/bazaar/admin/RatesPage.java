package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.ordering.application.RateAdministration;
import dev.bazaar.ordering.application.ShippingRateView;
import dev.bazaar.ordering.application.TaxRateView;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Tax & shipping" for platform admins: the tax rate of every country Bazaar delivers to (add one,
 * change one in its row, remove one), and the platform's default standard delivery per currency.
 */
@Named("rates")
@ViewScoped
public class RatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RateAdministration administration;

    @Inject
    Formats fmt;

    private List<TaxRateView> taxRates;
    private List<ShippingRateView> shippingRates;
    private String newCountry;
    private String newPercent;
    private String editingCountry;
    private String editPercent;
    private final ShippingRateForm shipping = new ShippingRateForm();

    @PostConstruct
    void load() {
        Outcome.summary().report(() -> {
            taxRates = administration.taxRates();
            shippingRates = administration.defaultShippingRates();
        }, null);
    }

    public void addTaxRate() {
        if (Outcome.summary().report(() -> taxSet(administration.setTaxRate(newCountry, newPercent)), null)) {
            newCountry = null;
            newPercent = null;
        }
    }

    public void edit(TaxRateView rate) {
        editingCountry = rate.country();
        editPercent = rate.percent().replace(" %", "");
    }

    public void saveTaxRate() {
        if (Outcome.summary().report(() -> taxSet(administration.setTaxRate(editingCountry, editPercent)), null)) {
            editingCountry = null;
        }
    }

    public void cancel() {
        editingCountry = null;
    }

    private void taxSet(TaxRateView rate) {
        PageMessages.info("Orders to " + rate.countryName() + " (" + rate.country() + ") are taxed at " + rate.percent() + ".");
        load();
    }

    public void removeTaxRate(TaxRateView rate) {
        if (Outcome.summary().report(() -> administration.removeTaxRate(rate.country()),
                rate.countryName() + " (" + rate.country() + ") removed: Bazaar no longer delivers there.")) {
            editingCountry = null;
            load();
        }
    }

    public void changeShipping(ShippingRateView rate) {
        shipping.fill(rate);
    }

    public void saveShipping() {
        Outcome.summary().report(() -> {
            ShippingRateView rate = administration.setDefaultShippingRate(shipping.getCurrency(), shipping.input());
            PageMessages.info("Bazaar's default delivery in " + rate.currency() + ": " + ShippingRateForm.describe(rate, fmt)
                    + ". Shops without a rate of their own charge it from now on.");
            shipping.clear();
            load();
        }, null);
    }

    public List<TaxRateView> getTaxRates() {
        return taxRates;
    }

    public List<ShippingRateView> getShippingRates() {
        return shippingRates;
    }

    public String getNewCountry() {
        return newCountry;
    }

    public void setNewCountry(String newCountry) {
        this.newCountry = newCountry;
    }

    public String getNewPercent() {
        return newPercent;
    }

    public void setNewPercent(String newPercent) {
        this.newPercent = newPercent;
    }

    public String getEditingCountry() {
        return editingCountry;
    }

    public String getEditPercent() {
        return editPercent;
    }

    public void setEditPercent(String editPercent) {
        this.editPercent = editPercent;
    }

    public ShippingRateForm getShipping() {
        return shipping;
    }
}

package dev.bazaar.admin;

import java.io.Serializable;

import dev.bazaar.ordering.application.ShippingRateInput;
import dev.bazaar.ordering.application.ShippingRateView;

/** A standard-delivery form as typed: the currency, the flat rate and the free-delivery threshold. */
public class ShippingRateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String currency;
    private String flatRate;
    private String freeOver;

    /** Fills the form with a rate shown in a table, to change it (or, for a default, to start a shop's own from it). */
    void fill(ShippingRateView rate) {
        currency = rate.currency();
        flatRate = rate.flatRate().toDecimal().toPlainString();
        freeOver = rate.freeOver() == null ? null : rate.freeOver().toDecimal().toPlainString();
    }

    ShippingRateInput input() {
        return new ShippingRateInput(flatRate, freeOver);
    }

    void clear() {
        currency = null;
        flatRate = null;
        freeOver = null;
    }

    /** "NOK 29.00, free from NOK 300.00": a rate in a sentence. */
    static String describe(ShippingRateView rate, Formats fmt) {
        return fmt.money(rate.flatRate()) + (rate.freeOver() == null ? " on every order"
                : ", free from " + fmt.money(rate.freeOver()) + " of goods");
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getFlatRate() {
        return flatRate;
    }

    public void setFlatRate(String flatRate) {
        this.flatRate = flatRate;
    }

    public String getFreeOver() {
        return freeOver;
    }

    public void setFreeOver(String freeOver) {
        this.freeOver = freeOver;
    }
}

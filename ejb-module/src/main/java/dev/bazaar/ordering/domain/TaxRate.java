package dev.bazaar.ordering.domain;

import java.time.Instant;
import java.util.Locale;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Percentage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tax charged on orders shipped to one country. Having a rate is what makes a country one
 * Bazaar delivers to: without one, checkout refuses the address.
 */
@Entity
@Table(name = "tax_rate")
public class TaxRate {

    @Id
    @Column(length = 2)
    private String country;

    @Column(name = "rate_bps", nullable = false)
    private int rateBps;

    /** Shoppers shipping there see prices with this tax included (the law in the EU and the UK). */
    @Column(name = "prices_include_tax", nullable = false)
    private boolean pricesIncludeTax;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TaxRate() {
        // for JPA
    }

    /** {@code country} is an upper-case ISO 3166 alpha-2 code (see {@link dev.bazaar.kernel.FieldProblems#country}). */
    public TaxRate(String country, Percentage rate, Instant now) {
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A tax rate is for a country's two-letter code, not " + country);
        }
        this.country = country;
        change(rate, now);
    }

    public void change(Percentage rate, Instant now) {
        this.rateBps = rate.basisPoints();
        this.updatedAt = now;
    }

    public void showPricesWithTax(boolean included, Instant now) {
        this.pricesIncludeTax = included;
        this.updatedAt = now;
    }

    public boolean pricesIncludeTax() {
        return pricesIncludeTax;
    }

    /** What a shopper shipping here is shown for a net {@code price}: with the tax when it is included, else as it is. */
    public Money shown(Money price) {
        return pricesIncludeTax ? OrderPricing.gross(price, rateBps) : price;
    }

    public String country() {
        return country;
    }

    /** The country's name in English ("Portugal"), for people reading a list of codes. */
    public String countryName() {
        return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    }

    public Percentage rate() {
        return new Percentage(rateBps);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

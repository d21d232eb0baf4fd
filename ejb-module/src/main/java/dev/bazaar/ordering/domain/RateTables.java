package dev.bazaar.ordering.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.UniqueViolation;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/**
 * The shipping and tax rates: as shops and admins keep them, and as checkout prices with them. A
 * shop's own rate in a currency stands in for the platform's default; a country with a tax rate is
 * one Bazaar delivers to.
 */
@Dependent
public class RateTables {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** The shop's own rates, or the platform's defaults when {@code vendorId} is null, by currency. */
    public List<ShippingRate> shippingRates(Long vendorId) {
        return shippingRateQuery(vendorId, null).getResultList();
    }

    public Optional<ShippingRate> shippingRate(Long vendorId, String currency) {
        return shippingRateQuery(vendorId, currency).getResultStream().findFirst();
    }

    private TypedQuery<ShippingRate> shippingRateQuery(Long vendorId, String currency) {
        TypedQuery<ShippingRate> query = em.createQuery("select r from ShippingRate r where "
                + (vendorId == null ? "r.vendorId is null" : "r.vendorId = :vendor")
                + (currency == null ? "" : " and r.currency = :currency") + " order by r.currency", ShippingRate.class);
        if (vendorId != null) {
            query.setParameter("vendor", vendorId);
        }
        if (currency != null) {
            query.setParameter("currency", currency);
        }
        return query;
    }

    /** What the shop charges in each currency it can ship: its own rate, else the platform's default, by currency. */
    public List<ShippingRate> applyingShippingRates(long vendorId) {
        Map<String, ShippingRate> applying = new TreeMap<>();
        shippingRates(null).forEach(rate -> applying.put(rate.currency(), rate));
        shippingRates(vendorId).forEach(rate -> applying.put(rate.currency(), rate));
        return List.copyOf(applying.values());
    }

    /** The shop's standard delivery in the currency, or the platform's default when the shop set none. */
    public Optional<ShippingTerms> applyingShippingRate(long vendorId, String currency) {
        return shippingRate(vendorId, currency).or(() -> shippingRate(null, currency)).map(ShippingRate::terms);
    }

    /** Sets the shop's (or, for a null vendor, the platform's) standard delivery in the terms' currency. */
    public ShippingRate setShippingRate(Long vendorId, ShippingTerms terms) {
        Optional<ShippingRate> existing = shippingRate(vendorId, terms.flatRate().currencyCode());
        if (existing.isPresent()) {
            existing.get().change(terms);
            return existing.get();
        }
        return added(new ShippingRate(vendorId, terms), "a rate in " + terms.flatRate().currencyCode());
    }

    public void remove(ShippingRate rate) {
        em.remove(rate);
    }

    /** Every country Bazaar delivers to, with its tax rate, by country code. */
    public List<TaxRate> taxRates() {
        return em.createQuery("select t from TaxRate t order by t.country", TaxRate.class).getResultList();
    }

    /** The countries Bazaar delivers to (ISO codes): those with a tax rate. */
    public List<String> deliveryCountries() {
        return em.createQuery("select t.country from TaxRate t order by t.country", String.class).getResultList();
    }

    public Optional<TaxRate> taxRate(String country) {
        return Optional.ofNullable(em.find(TaxRate.class, country));
    }

    public TaxRate add(TaxRate rate) {
        return added(rate, "a tax rate for " + rate.country());
    }

    public void remove(TaxRate rate) {
        em.remove(rate);
    }

    /** Inserts now, so that someone else's insert of the same row a moment earlier is a conflict, not a 500. */
    private <T> T added(T row, String what) {
        try {
            em.persist(row);
            em.flush();
            return row;
        } catch (PersistenceException e) {
            UniqueViolation.in(e).orElseThrow(() -> e);
            throw new ConflictException("rate", "someone else set " + what + " at the same moment: look again, then try again");
        }
    }
}

package dev.bazaar.vendor.domain;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.kernel.Slug;

/**
 * What someone who wants to sell on Bazaar tells the platform: the shop's name and address on Bazaar,
 * the business behind it, how to reach it, where it is and the currency it is paid out in.
 */
public record ShopApplication(String shopName, String slug, String legalName, String registrationNumber,
                              String contactEmail, String contactPhone, String country, String payoutCurrency) {

    public ShopApplication {
        shopName = FieldProblems.strip(shopName);
        slug = Slug.normalize(FieldProblems.strip(slug));
        legalName = FieldProblems.strip(legalName);
        registrationNumber = FieldProblems.strip(registrationNumber);
        contactEmail = FieldProblems.strip(contactEmail);
        contactPhone = PhoneNumber.normalize(contactPhone);
        country = upper(country);
        payoutCurrency = upper(payoutCurrency);
    }

    /** Every broken rule, by field; empty when the application can be filed. */
    public Map<String, String> problems() {
        return new FieldProblems()
                .required("shopName", shopName, 200)
                .add("slug", Slug.problem(slug))
                .required("legalName", legalName, 200)
                .required("registrationNumber", registrationNumber, 60)
                .add("contactEmail", EmailAddress.problem(contactEmail))
                .add("contactPhone", PhoneNumber.problem(contactPhone))
                .country("country", country)
                .add("payoutCurrency", currencyProblem(payoutCurrency))
                .asMap();
    }

    private static String currencyProblem(String code) {
        if (code == null) {
            return "is required";
        }
        try {
            Currency.getInstance(code);
            return null;
        } catch (IllegalArgumentException e) {
            return "must be an ISO 4217 currency code, like EUR or GBP";
        }
    }

    private static String upper(String text) {
        String stripped = FieldProblems.strip(text);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }
}

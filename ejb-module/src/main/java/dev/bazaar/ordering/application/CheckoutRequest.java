package dev.bazaar.ordering.application;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.bazaar.kernel.PostalAddress;

/**
 * What a shopper chooses at checkout: where to ship (an address-book id, or a new address), where to
 * bill (the same as shipping when neither is given), an optional coupon, and how to pay; and the
 * language they shop in (the storefront's; the mails about the order are written in it, English when
 * not given, as through the API).
 */
public record CheckoutRequest(Long shippingAddressId, PostalAddress shippingAddress, Long billingAddressId,
                              PostalAddress billingAddress, String couponCode, String paymentMethod, String language) {

    public CheckoutRequest(Long shippingAddressId, PostalAddress shippingAddress, Long billingAddressId,
                           PostalAddress billingAddress, String couponCode, String paymentMethod) {
        this(shippingAddressId, shippingAddress, billingAddressId, billingAddress, couponCode, paymentMethod, null);
    }

    /** The request's content in one canonical string: equal requests, equal fingerprints (for Idempotency-Key). */
    String fingerprint() {
        return Stream.of(shippingAddressId, address(shippingAddress), billingAddressId, address(billingAddress),
                        couponCode == null ? null : couponCode.strip().toUpperCase(Locale.ROOT),
                        paymentMethod == null ? null : paymentMethod.strip().toUpperCase(Locale.ROOT))
                .map(v -> Objects.toString(v, "∅"))
                .collect(Collectors.joining("|"));
    }

    private static String address(PostalAddress a) {
        return a == null ? null : Stream.of(a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
                a.country(), a.phone()).map(v -> Objects.toString(v, "∅")).collect(Collectors.joining("/"));
    }
}

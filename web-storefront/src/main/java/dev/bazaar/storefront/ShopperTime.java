package dev.bazaar.storefront;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Moments as the shopper reads them, in their time zone ({@link ShopperPreferences#getZone()}):
 * "21 Nov 2026 15:05 CET". Pages write {@code #{shopperTime.of(order.placedAt())}}.
 */
@Named("shopperTime")
@RequestScoped
public class ShopperTime {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", Locale.ENGLISH);

    @Inject
    ShopperPreferences preferences;

    public String of(Instant at) {
        return at == null ? "" : WHEN.withZone(preferences.getZone()).format(at);
    }
}

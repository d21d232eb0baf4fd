package dev.bazaar.storefront;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Moments as the shopper reads them, in their time zone ({@link ShopperPreferences#getZone()}) and
 * language (the bundle's {@code format.moment}): "21 Nov 2026 15:05 CET", "21. Nov. 2026, 15:05 MEZ".
 * Pages write {@code #{shopperTime.of(order.placedAt())}}.
 */
@Named("shopperTime")
@RequestScoped
public class ShopperTime {

    @Inject
    ShopperPreferences preferences;

    public String of(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(Texts.text("format.moment"), Texts.locale()).withZone(preferences.getZone()).format(at);
    }
}

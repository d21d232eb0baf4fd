package dev.bazaar.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.bazaar.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** How the back office prints money and instants (UTC, to the second). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String money(Money money) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return money == null ? "" : money.format(locale == null ? Locale.UK : locale);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }
}

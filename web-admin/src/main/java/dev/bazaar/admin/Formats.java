package dev.bazaar.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bazaar.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** How the back office prints money and instants (UTC, to the second). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"']+");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String money(Money money) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return money == null ? "" : money.format(locale == null ? Locale.UK : locale);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant);
    }

    /** Plain text as safe HTML, its web addresses made into links (for mail bodies). */
    public String linked(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher url = WEB_ADDRESS.matcher(text);
        int done = 0;
        while (url.find()) {
            html.append(escape(text.substring(done, url.start())));
            String href = escape(url.group());
            html.append("<a href=\"").append(href).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(href).append("</a>");
            done = url.end();
        }
        return html.append(escape(text.substring(done))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.bazaar.it.browser.PageAudit.Viewport;
import dev.bazaar.it.browser.pages.GuestCheckoutPage;
import dev.bazaar.it.browser.pages.GuestOrderPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;
import jakarta.json.Json;

/**
 * The storefront in German, chosen in the header by a shopper whose browser speaks English: the choice
 * is kept in a cookie and the page's html says lang="de"; home, search, product, cart and orders read in
 * German, prices are written as Germans write them ("1.234,56 NOK", "39,00 €") and times too
 * ("7. Dez. 2026, 15:05 MEZ"); every page passes axe-core without serious or critical violations and
 * is saved as a screenshot; a refused sign-in and a service's refusal (an item in another currency than
 * the cart's) are told in German. Switching back to English works the same way. A guest who orders in
 * German is mailed the order's link in German, and the mail about cancelling it too; their order page tells
 * how to pay by bank transfer in German.
 */
class GermanStorefrontBrowserIT extends BrowserTest {

    private static final String WORD = TestCatalog.madeUpWord();
    private static final String PRODUCT = WORD + " Laterne";
    /** A price as German writes it: dots between thousands, a comma before the cents, the currency after. */
    private static final String GERMAN_NOK = "\\d{1,3}(\\.\\d{3})*,\\d{2} NOK";
    private static String slug;
    private static TestAccounts.LoggedIn customer;

    /** A product at 1,234.56 kroner (sizes S and L, in stock) and a customer who ordered it. */
    @BeforeAll
    static void aProductOverAThousandKronerAndAnOrder() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        slug = "laterne-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder(Json.createReader(new StringReader(TestCatalog.product(slug, "LATR", "1234.56", "1500"))).readObject())
                .add("name", PRODUCT).build().toString();
        var created = Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(), body);
        assertEquals(201, created.statusCode(), created.body());
        TestShopping.StockedShop stocked = TestShopping.stocked(shop, Http.json(created).getJsonNumber("id").longValue(), "LATR", 20);
        customer = TestShopping.customerWith(stocked.small(), 1);
        TestShopping.placedOrder(customer);
    }

    @Test
    void aShopperWhoChoosesGermanShopsInGerman() throws IOException {
        browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
        PageAudit audit = new PageAudit(browser).use(Viewport.DESKTOP);
        StorefrontPage home = StorefrontPage.open(browser, "/");
        assertEquals("en", home.language(), "the test browser speaks English");

        home.chooseLanguage("de");

        assertEquals("de", browser.cookie("bazaar-language"), "the choice is kept in a cookie");
        home.awaitMainText("Neu eingetroffen");
        assertEquals("Warenkorb", browser.text(By.id("cartLink")).replace(home.cartCount(), "").strip());
        assertEquals(List.of("Über Bazaar", "Unsere Läden", "Auf Bazaar verkaufen", "Hilfe", "AGB", "Datenschutz"), home.footerLinks());
        audit.check("de-01-home");

        SearchResultsPage search = SearchResultsPage.open(browser, WORD);
        search.awaitResultCount("1 Produkt");
        search.awaitResultsHeading("Ergebnisse für „" + WORD + "“");
        assertEquals("de", search.language(), "the choice holds on the next page");
        assertTrue(browser.text(By.cssSelector(".sorts")).startsWith("Sortieren:"), browser.text(By.cssSelector(".sorts")));
        assertEquals("1.234,56 NOK", german(browser.text(By.cssSelector(".product-card .price"))));
        audit.check("de-02-search");

        ProductPage product = ProductPage.open(browser, slug);
        product.awaitName(PRODUCT);
        assertEquals("1.234,56 NOK", german(product.variantPrice()));
        assertEquals("Auf Lager", product.availability());
        assertEquals("Größe", product.variantLabel(), "the variant picker is named by its option, in German");
        assertTrue(product.details().contains("Fassungsvermögen: 350 ml"), product.details().toString());
        assertEquals("In den Warenkorb", browser.find(ProductPage.ADD_TO_CART).getAttribute("value"));
        product.addToCart();
        product.awaitToCartLink();
        assertEquals("Zum Warenkorb", browser.text(By.id("toCart")));
        audit.check("de-03-product");

        browser.click(By.id("toCart"));
        home.awaitMainText("Ihr Warenkorb");
        assertEquals("1.234,56 NOK", german(browser.text(By.id("cartTotal"))));
        assertTrue(browser.text(By.cssSelector(".cart-total")).startsWith("1 Artikel"), browser.text(By.cssSelector(".cart-total")));
        assertEquals("Zur Kasse", browser.text(By.id("checkout")));
        audit.check("de-04-cart");

        ProductPage inEuros = ProductPage.open(browser, "cast-iron-skillet-26");
        assertTrue(german(inEuros.variantPrice()).matches("\\d{1,3}(\\.\\d{3})*,\\d{2} €"), "euros after the amount: " + inEuros.variantPrice());
        inEuros.addToCart();
        assertEquals("Dieser Artikel wird in EUR verkauft, Ihr Warenkorb aber in NOK: Eine Bestellung wird in einer Währung bezahlt,"
                + " gehen Sie also erst zur Kasse oder leeren Sie Ihren Warenkorb.", inEuros.awaitCartMessage().getText(),
                "the service's refusal, in German");
        audit.check("de-04b-currency-refused");
    }

    @Test
    void aGuestWhoOrdersInGermanIsMailedInGermanAndCancelsInGerman() throws IOException {
        String email = "gast-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
        StorefrontPage.open(browser, "/").chooseLanguage("de");
        ProductPage product = ProductPage.open(browser, slug);
        product.addToCart();
        product.awaitToCartLink();
        browser.click(By.id("toCart"));
        browser.click(By.id("guestCheckout"));
        GuestCheckoutPage checkout = new GuestCheckoutPage(browser);
        checkout.contactAndShipTo(email, "Gerda Gast", "Karl Johans gate 1", "0154", "Oslo", "NO");
        checkout.awaitTotal("NOK");

        GuestOrderPage order = checkout.placeOrder();

        browser.awaitText(By.id("orderTitle"), "Bestellung ");
        String number = Database.single("select number from order_group where customer_email = ?", email).orElseThrow();
        assertEquals("de", Database.single("select language from order_group where number = ?", number).orElseThrow(),
                "the order keeps the language it was placed in");
        String instructions = german(order.paymentInstructions());
        assertTrue(Pattern.compile("Überweisen Sie " + GERMAN_NOK + " bis \\d{1,2}\\. [^,]+ \\d{4}, \\d{2}:\\d{2} .+ an .+ mit dem Verwendungszweck "
                + Pattern.quote(number) + " oder bezahlen Sie bei Lieferung beim Kurier\\.").matcher(instructions).find(),
                "the bank transfer's instructions, in German, with German amount and time: " + instructions);
        String accountHint = browser.text(By.id("accountHint"));
        assertTrue(accountHint.contains("Konto erstellen mit " + email + ":"), "the link and the text after it apart: " + accountHint);
        Mailbox.Mail mail = Mailbox.awaitSubject(email, "Ihre Bazaar-Bestellung " + number);
        assertTrue(mail.body().startsWith("Hallo Gerda Gast,"), mail.body());
        assertTrue(mail.body().contains("wartet bis ") && mail.body().contains("auf Ihre Zahlung"), mail.body());
        assertTrue(mail.body().contains("Bewahren Sie diese Mail auf"), mail.body());
        String part = number + "-1";
        order.cancelFirstPart("Teil " + part + " ist storniert.");
        Mailbox.Mail cancelled = Mailbox.awaitSubject(email, "Ein Teil Ihrer Bestellung " + number + " ist storniert");
        assertTrue(cancelled.body().contains("Teil " + part + " Ihrer Bestellung ist storniert"), cancelled.body());
        assertTrue(cancelled.body().contains("Dafür wird nichts mehr berechnet"), cancelled.body());
        assertTrue(cancelled.body().contains("Grund: von Ihnen storniert"), "the reason in German too: " + cancelled.body());
        assertTrue(cancelled.body().contains("Die Seite Ihrer Bestellung öffnet der Link in der Mail"), "a guest has no account page: " + cancelled.body());
        browser.screenshot("de-07-guest-order-cancelled");
    }

    @Test
    void signInAndOrdersSpeakGermanWithGermanDatesAndAmounts() throws IOException {
        browser.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
        PageAudit audit = new PageAudit(browser).use(Viewport.DESKTOP);
        StorefrontPage.open(browser, "/").chooseLanguage("de");
        long placedAt = Long.parseLong(Database.single("select extract(epoch from placed_at)::bigint from order_group"
                + " where customer_email = ?", customer.email()).orElseThrow());
        String placed = DateTimeFormatter.ofPattern("d. MMM yyyy, HH:mm", Locale.GERMAN)
                .withZone(ZoneId.of("Europe/Berlin")).format(Instant.ofEpochSecond(placedAt));

        StorefrontSignInPage signIn = StorefrontSignInPage.open(browser);
        assertEquals("Anmelden", browser.text(By.tagName("h1")));
        signIn.tryToSignInAs(customer.email(), "not-the-password");
        signIn.awaitMessage("Die E-Mail-Adresse oder das Passwort ist falsch.");
        signIn.signInAs(customer.email(), TestAccounts.PASSWORD).awaitSignedInAs(customer.email());
        browser.open("/orders.xhtml");

        browser.awaitText(By.tagName("h1"), "Ihre Bestellungen");
        String card = browser.text(By.cssSelector(".order-card"));
        assertTrue(card.startsWith("Bestellung "), card);
        assertTrue(card.contains(placed + " MEZ") || card.contains(placed + " MESZ"), "a German date in Berlin time (" + placed + "): " + card);
        assertTrue(german(browser.text(By.cssSelector(".order-card .total"))).matches(GERMAN_NOK), card);
        assertTrue(card.contains("Zahlung ausstehend"), "the status in German: " + card);
        audit.check("de-05-orders");

        new StorefrontPage(browser).chooseLanguage("en");
        browser.awaitText(By.tagName("h1"), "Your orders");
        assertEquals("en", browser.cookie("bazaar-language"));
    }

    @Test
    void theGermanPagesFitAPhoneAndTheirLongerWordsShowWhole() throws IOException {
        browser.driver.executeCdpCommand("Network.setCookie", Map.of("name", "bazaar-language", "value", "de", "url", Browser.BASE_URL));
        PageAudit audit = new PageAudit(browser).use(Viewport.PHONE);
        StorefrontPage home = StorefrontPage.open(browser, "/");
        home.awaitMainText("Neu eingetroffen");
        audit.check("de-phone-01-home");

        ProductPage product = ProductPage.open(browser, slug);
        product.awaitName(PRODUCT);
        audit.check("de-phone-02-product");
        assertTrue(audit.fullyInView(ProductPage.ADD_TO_CART), "„In den Warenkorb“ shows whole on a phone");
        product.addToCart();
        product.awaitToCartLink();
        home.openCart().awaitShops(1);
        audit.check("de-phone-03-cart");
        By remove = By.cssSelector(".cart-line input.remove");
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(remove));
        assertTrue(audit.fullyInView(remove), "„Entfernen“ shows whole beside its line");

        browser.click(By.id("guestCheckout"));
        GuestCheckoutPage checkout = new GuestCheckoutPage(browser);
        checkout.contactAndShipTo("gast-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org", "Gerda Gast",
                "Karl Johans gate 1", "0154", "Oslo", "NO");
        checkout.awaitTotal("NOK");
        audit.check("de-phone-04-guest-checkout");
        checkout.placeOrder();
        browser.awaitText(By.id("orderTitle"), "Bestellung ");
        audit.check("de-phone-05-guest-order");
    }

    /** The text with the no-break spaces German number formats put before the currency as plain spaces. */
    private static String german(String price) {
        return price.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }
}

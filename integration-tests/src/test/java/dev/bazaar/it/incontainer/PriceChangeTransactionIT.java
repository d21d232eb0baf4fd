package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bazaar.catalog.application.PriceChange;
import dev.bazaar.catalog.application.ProductPricing;
import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.catalog.application.SearchQuery;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventLog;
import dev.bazaar.platform.application.RecordedEventView;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Runs inside Liberty against the real PostgreSQL and Artemis: search reads the real index, and a
 * price change commits or rolls back the row and the product.updated message together.
 */
@ExtendWith(ArquillianExtension.class)
class PriceChangeTransactionIT {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(PriceChangeTransactionIT.class, FailAfterPriceChange.class);
    }

    @Inject
    ProductSearch search;

    @Inject
    ProductPricing pricing;

    @Inject
    EventLog eventLog;

    @Inject
    FailAfterPriceChange failAfterPriceChange;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;


    @Test
    void theSearchIndexHoldsExactlyTheProductsShoppersMaySee() throws SQLException {
        Page<ProductView> page = search.search(SearchQuery.everything(), new PageRequest(0, 10)).products();

        long visible = countRows("select count(*) from product p join vendor v on v.id = p.vendor_id"
                + " where p.status = 'ACTIVE' and v.status = 'APPROVED'");
        assertEquals(visible, page.totalItems());
        assertEquals(visible, countRows("select count(*) from product_search"));
        assertEquals(10, page.items().size());
        ProductView tea = search.search(SearchQuery.words("gyokuro"), new PageRequest(0, 5)).products().items().get(0);
        assertEquals("Gyokuro 50 g", tea.name());
        assertEquals("Kyoto Tea House", tea.vendorName());
        assertEquals("JPY", tea.price().currencyCode());
    }

    @Test
    void changingAPriceCommitsTheRowAndDeliversTheEventToTheEventLog() throws Exception {
        ProductView product = productNamed("Wooden Spoon Set");
        Money newPrice = product.price().plus(Money.ofMinor(1, product.price().currencyCode()));

        failAfterPriceChange.changePrice(product.id(), newPrice);

        assertEquals(newPrice.amountMinor(), priceInDatabase(product.id()));
        RecordedEventView event = awaitEvent(product.id(), newPrice);
        assertEquals(PriceChange.PRODUCT_UPDATED, event.type());
        assertTrue(event.payload().contains("\"oldPrice\":{\"amountMinor\":" + product.price().amountMinor()),
                event.payload());
    }

    @Test
    void aFailureAfterTheWriteAndTheSendRollsBackBoth() throws Exception {
        ProductView product = productNamed("Linen Apron");
        Money doomedPrice = product.price().plus(Money.ofMinor(7, product.price().currencyCode()));

        EJBException failure = assertThrows(EJBException.class,
                () -> failAfterPriceChange.changePriceThenFail(product.id(), doomedPrice));
        assertTrue(String.valueOf(failure.getCause()).contains("simulated failure"), String.valueOf(failure));

        // no row change
        assertEquals(product.price().amountMinor(), priceInDatabase(product.id()));
        // no message: a change committed afterwards arrives, the rolled-back one never does
        Money markerPrice = product.price().plus(Money.ofMinor(3, product.price().currencyCode()));
        failAfterPriceChange.changePrice(product.id(), markerPrice);
        awaitEvent(product.id(), markerPrice);
        Thread.sleep(2_000); // a straggler from another consumer session would land by now
        assertTrue(eventWithNewPrice(product.id(), doomedPrice).isEmpty(),
                "the rolled-back product.updated event must never be delivered");
    }

    @Test
    void aNegativePriceIsRejectedAndChangesNothing() throws SQLException {
        ProductView product = productNamed("Oak Cutting Board");
        long eventsBefore = countRows("select count(*) from event_log where aggregate_id = '" + product.id() + "'");

        InvalidInputException rejected = assertThrows(InvalidInputException.class,
                () -> failAfterPriceChange.changePrice(product.id(), Money.ofMinor(-100, product.price().currencyCode())));

        assertEquals("must be zero or more", rejected.fieldErrors().get("price"));
        assertEquals(product.price().amountMinor(), priceInDatabase(product.id()));
        assertEquals(eventsBefore, countRows("select count(*) from event_log where aggregate_id = '" + product.id() + "'"));
    }

    @Test
    void theContainerRefusesAnAnonymousPriceChange() throws SQLException {
        ProductView product = productNamed("Rye Bread Tin");

        assertThrows(EJBAccessException.class,
                () -> pricing.changePrice(product.id(), product.price().plus(Money.ofMinor(5, product.price().currencyCode()))));

        assertEquals(product.price().amountMinor(), priceInDatabase(product.id()));
    }

    @Test
    void anEventDeliveredTwiceIsRecordedOnce() throws SQLException {
        DomainEvent event = new DomainEvent(UUID.randomUUID(), "test.duplicate", Instant.now(), "duplicate-test",
                Json.createObjectBuilder().add("n", 1).build());

        eventLog.record(event);
        eventLog.record(event);

        assertEquals(1, countRows("select count(*) from event_log where event_id = '" + event.eventId() + "'"));
    }

    private ProductView productNamed(String name) {
        List<ProductView> found = search.search(SearchQuery.words(name), new PageRequest(0, 50)).products().items().stream()
                .filter(p -> p.name().equals(name))
                .toList();
        assertEquals(1, found.size(), "demo product " + name);
        return found.get(0);
    }

    private RecordedEventView awaitEvent(long productId, Money newPrice) throws InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<RecordedEventView> event = eventWithNewPrice(productId, newPrice);
            if (event.isPresent()) {
                return event.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no product.updated event with new price " + newPrice + " within " + DELIVERY_TIMEOUT);
    }

    private Optional<RecordedEventView> eventWithNewPrice(long productId, Money newPrice) {
        String expected = "\"newPrice\":{\"amountMinor\":" + newPrice.amountMinor() + ",";
        return eventLog.latest(String.valueOf(productId), 50).stream()
                .filter(e -> e.payload().contains(expected))
                .findFirst();
    }

    private long priceInDatabase(long productId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select price_amount from product where id = ?")) {
            query.setLong(1, productId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    private long countRows(String sql) throws SQLException {
        return Rows.count(dataSource, sql);
    }
}

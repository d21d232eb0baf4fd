package dev.bazaar.stripe.standin;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * Bazaar's local Stripe: a WireMock server on 127.0.0.1 whose built-in, low-priority stubs are answered by an
 * in-memory fake of Stripe's API, with a Stripe.js stand-in and signed webhooks.
 *
 * <pre>{@code
 * try (StripeStandIn stripe = StripeStandIn.start(StandInSettings.defaults().withPort(0))) {
 *     StripeClient client = StripeClient.builder().setApiKey(stripe.settings().secretKey())
 *             .setApiBase(stripe.baseUrl()).build();
 *     ...
 * }
 * }</pre>
 */
public final class StripeStandIn implements AutoCloseable {

    private final StandInSettings settings;
    private final WireMockServer server;
    private final Webhooks webhooks;
    private final FakeStripe stripe;

    private StripeStandIn(StandInSettings settings) {
        this.settings = settings;
        this.webhooks = new Webhooks(settings.webhookUrl(), settings.webhookSecret());
        this.stripe = new FakeStripe(settings, webhooks);
        StandInHandler handler = new StandInHandler(stripe, settings);
        this.server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .port(settings.port())
                .containerThreads(12)
                .jettyAcceptors(1)
                .gzipDisabled(true)
                .maxRequestJournalEntries(settings.journalLimit())
                // quiet: WireMock reports only its errors
                .notifier(new ConsoleNotifier(false))
                // no mapping files: the built-in stubs come from BuiltInStubs, added ones live in memory
                .mappingSource(new NoFiles())
                .extensions(new StandInTransformer(handler), new BuiltInStubs()));
    }

    /** Starts a stand-in; with port 0 it picks a free port ({@link #port()}). */
    public static StripeStandIn start(StandInSettings settings) {
        StripeStandIn standIn = new StripeStandIn(settings);
        try {
            standIn.server.start();
        } catch (RuntimeException e) {
            standIn.webhooks.close();
            throw e;
        }
        return standIn;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}: the API base for stripe-java and the origin of /v3/ (Stripe.js). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public StandInSettings settings() {
        return settings;
    }

    /** The WireMock server, for in-process tests that prefer its Java API to /__admin. */
    public WireMockServer wireMock() {
        return server;
    }

    /** Forgets all Stripe objects, events and idempotency keys (as {@code POST /stand-in/reset}). */
    public void resetStripeState() {
        stripe.reset();
    }

    @Override
    public void close() {
        webhooks.close();
        server.stop();
    }

    /** WireMock's mapping source without files: nothing to load, nothing saved. */
    private static final class NoFiles implements MappingsSource {
        @Override
        public void loadMappingsInto(StubMappings stubMappings) {
        }

        @Override
        public void save(List<StubMapping> stubMappings) {
        }

        @Override
        public void save(StubMapping stubMapping) {
        }

        @Override
        public void remove(StubMapping stubMapping) {
        }

        @Override
        public void removeAll() {
        }
    }
}

package dev.bazaar.stripe.standin;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/** A tiny stand-in for Bazaar's webhook endpoint: records what arrives and answers planned statuses. */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String payload, String signature, String contentType) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Queue<Integer> plannedStatuses = new ConcurrentLinkedQueue<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/stripe", exchange -> {
            String payload;
            try (InputStream in = exchange.getRequestBody()) {
                payload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            deliveries.add(new Delivery(payload, exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            Integer planned = plannedStatuses.poll();
            exchange.sendResponseHeaders(planned == null ? 200 : planned, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/stripe";
    }

    /** The next deliveries are answered with these statuses (then 200 again). */
    void answer(Integer... statuses) {
        plannedStatuses.addAll(List.of(statuses));
    }

    void clear() {
        plannedStatuses.clear();
        deliveries.clear();
    }

    List<Delivery> all() {
        return new ArrayList<>(deliveries);
    }

    List<Delivery> matching(Predicate<Delivery> which) {
        return deliveries.stream().filter(which).toList();
    }

    /** Waits until {@code count} deliveries match, and returns them. */
    List<Delivery> await(Predicate<Delivery> which, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Delivery> found = matching(which);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " matching webhook deliveries within " + timeout + ", got "
                + matching(which).size() + " of " + deliveries.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

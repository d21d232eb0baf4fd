package dev.bazaar.it.crash;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import jakarta.json.Json;

/**
 * Buyers checking out again and again, each checkout under a fresh Idempotency-Key that the buyer
 * sends again, with the same body, until the server acknowledges it (201, or 200 for an order an
 * earlier try placed), as an app on a flaky network would. Whatever happens to the server meanwhile,
 * a buyer never gives a key up, so at the end every key tried is acknowledged.
 */
final class CheckoutLoad {

    /** How long an answer may take while Liberty runs, whatever its dependencies do. */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(15);

    /** A key the server acknowledged, with the order it answered. */
    record Ack(long customerId, String key, String orderNumber, int status) {
    }

    private final long variantId;
    private final List<Buyer> buyers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<String> tried = new ConcurrentLinkedQueue<>();
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean stopping;
    /** While true Liberty itself runs: an answer must come within the bound, and be a 2xx or a 503 problem. */
    private volatile boolean strict;
    private volatile Duration slowest = Duration.ZERO;

    CheckoutLoad(long variantId, int buyerCount) {
        this.variantId = variantId;
        for (int i = 0; i < buyerCount; i++) {
            buyers.add(new Buyer(TestShopping.customerWith(variantId, 1)));
        }
    }

    void start() {
        stopping = false;
        for (Buyer buyer : buyers) {
            Thread thread = new Thread(buyer, "buyer-" + buyer.account.id());
            thread.setDaemon(true); // a test that fails midway must not keep the test JVM alive
            threads.add(thread);
            thread.start();
        }
    }

    /** Lets each buyer finish the key it is on (acknowledged), then stops. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(5).toMillis());
            if (thread.isAlive()) {
                violations.add(thread.getName() + " still had no answer for its key 5 minutes after the load stopped");
                thread.interrupt();
            }
        }
        threads.clear();
    }

    /** From now on every answer must be within {@link #ANSWER_BOUND} and be a success or a 503 problem+json. */
    void strict(boolean on) {
        strict = on;
    }

    List<Long> customerIds() {
        return buyers.stream().map(b -> b.account.id()).toList();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    List<String> triedKeys() {
        return List.copyOf(tried);
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    long requests() {
        return requests.get();
    }

    Duration slowest() {
        return slowest;
    }

    long answered(String kind) {
        AtomicLong count = answers.get(kind);
        return count == null ? 0 : count.get();
    }

    Map<String, Long> answerCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        answers.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    private final class Buyer implements Runnable {

        private final TestAccounts.LoggedIn account;
        private String token;

        Buyer(TestAccounts.LoggedIn account) {
            this.account = account;
            this.token = account.accessToken();
        }

        @Override
        public void run() {
            boolean first = true;
            while (!stopping && !Thread.currentThread().isInterrupted()) {
                if (!first && !addToCart()) {
                    return;
                }
                first = false;
                checkOut(UUID.randomUUID().toString());
            }
        }

        private boolean addToCart() {
            String body = Json.createObjectBuilder().add("variantId", variantId).add("quantity", 1).build().toString();
            while (!Thread.currentThread().isInterrupted()) {
                if (stopping) {
                    return false; // nothing tried yet under a key: stopping here leaves nothing open
                }
                LoadClient.Answer answer = send("POST", "/api/v1/cart/items", body);
                if (answer.status() == 200 || answer.status() == 201) {
                    return true;
                }
                if (!retry(answer)) {
                    return false;
                }
            }
            return false;
        }

        private void checkOut(String key) {
            tried.add(key);
            String body = TestShopping.checkoutBody("NO");
            Instant giveUp = null;
            while (!Thread.currentThread().isInterrupted()) {
                LoadClient.Answer answer = send("POST", "/api/v1/checkout", body, "Idempotency-Key", key);
                if (answer.status() == 200 || answer.status() == 201) {
                    String number = Json.createReader(new StringReader(answer.body())).readObject().getJsonObject("order").getString("number");
                    acks.add(new Ack(account.id(), key, number, answer.status()));
                    return;
                }
                if (answer.status() == 409 && answer.body().contains("still being placed")) {
                    LoadClient.sleep(250);
                    continue;
                }
                if (!retry(answer)) {
                    return;
                }
                if (stopping) {
                    giveUp = giveUp == null ? Instant.now().plus(Duration.ofMinutes(4)) : giveUp;
                    if (Instant.now().isAfter(giveUp)) {
                        violations.add("key " + key + " of customer " + account.id() + " never acknowledged: last " + answer.status());
                        return;
                    }
                }
            }
        }

        private LoadClient.Answer send(String method, String path, String body, String... headers) {
            Instant sent = Instant.now();
            LoadClient.Answer answer = LoadClient.call(method, path, token, body, headers);
            requests.incrementAndGet();
            String kind = answer.answered() ? Integer.toString(answer.status()) : "no answer";
            answers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            if (strict) {
                if (answer.took().compareTo(slowest) > 0) {
                    slowest = answer.took();
                }
                if (answer.took().compareTo(ANSWER_BOUND) > 0) {
                    violations.add(method + " " + path + " sent at " + sent + " took " + answer.took().toMillis() + " ms (bound "
                            + ANSWER_BOUND + ") and answered " + kind);
                }
                boolean fine = answer.status() / 100 == 2 || answer.status() == 401
                        || answer.status() == 409 && answer.body().contains("still being placed")
                        || answer.status() == 503 && answer.contentType().startsWith("application/problem+json");
                if (!fine) {
                    violations.add(method + " " + path + " answered " + kind + " " + answer.contentType() + ": "
                            + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
            }
            return answer;
        }

        /** Whether to try the same request again (after a pause): no answer, a server error, a server starting up, an old token. */
        private boolean retry(LoadClient.Answer answer) {
            if (answer.status() == 401) {
                token = logIn();
                return true;
            }
            if (!answer.answered() || answer.status() >= 500 || answer.status() == 404) {
                LoadClient.sleep(250);
                return true;
            }
            violations.add("customer " + account.id() + " got " + answer.status() + ": " + answer.body());
            return false;
        }

        private String logIn() {
            String body = Json.createObjectBuilder().add("email", account.email()).add("password", TestAccounts.PASSWORD).build().toString();
            LoadClient.Answer answer = LoadClient.call("POST", "/api/v1/auth/login", null, body, "X-Forwarded-For", Http.someClientAddress());
            if (answer.status() != 200) {
                return token; // the server is down or starting: the next 401 signs in again
            }
            return Json.createReader(new StringReader(answer.body())).readObject().getString("accessToken");
        }
    }
}

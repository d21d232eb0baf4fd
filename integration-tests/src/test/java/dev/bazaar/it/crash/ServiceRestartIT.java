package dev.bazaar.it.crash;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.outage.LocalServices;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Artemis, then PostgreSQL, restarted under checkout load while Liberty keeps running: every answer
 * comes within {@link CheckoutLoad#ANSWER_BOUND} and is a success or a 503 problem+json (never a hang,
 * a 500 or a stack), readiness goes DOWN naming the dependency and UP again by itself, and afterwards
 * nothing is lost, half-written, in doubt or dead-lettered. (ReadinessOutageIT covers readiness
 * without load.)
 */
class ServiceRestartIT {

    private static final Duration READINESS_BOUND = Duration.ofSeconds(90);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @AfterEach
    void everythingRunsAgain() {
        LocalServices.run("start", "all");
        LibertyProcess.awaitReady(Instant.now().plus(READINESS_BOUND));
    }

    @AfterAll
    static void writeReport() {
        CrashReport.write();
    }

    @ParameterizedTest(name = "{0} restarted under load")
    @CsvSource({"artemis, broker", "postgres, database"})
    void restartedUnderLoadAnswersFastNeverLosesAnythingAndRecoversByItself(String service, String check) throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("RST-" + UUID.randomUUID().toString().substring(0, 6), 100_000);
        long deadLettersBefore = BrokerState.messageCount("DLQ");
        CheckoutLoad load = new CheckoutLoad(shop.small(), 4);
        load.strict(true);
        load.start();
        try {
            restartUnderLoad(service, check, shop, deadLettersBefore, load);
        } finally {
            load.stop();
        }
    }

    private static void restartUnderLoad(String service, String check, TestShopping.StockedShop shop, long deadLettersBefore,
                                         CheckoutLoad load) throws InterruptedException {
        LoadClient.sleep(3000);
        long acksBefore = load.acks().size();

        Instant stopped = Instant.now();
        LocalServices.run("stop", service);
        Instant gone = Instant.now();
        Duration toDown = awaitCheck(check, "DOWN", stopped);
        LoadClient.sleep(OUTAGE.toMillis());
        long acksDuringOutage = load.acks().size();
        Instant started = Instant.now();
        LocalServices.run("start", service);
        Duration toUp = awaitCheck(check, "UP", started);
        Instant up = Instant.now();
        long acksAtUp = load.acks().size();
        while (load.acks().size() < acksAtUp + 5 && Duration.between(up, Instant.now()).compareTo(READINESS_BOUND) < 0) {
            LoadClient.sleep(200);
        }
        Duration toFirstOrders = Duration.between(up, Instant.now());
        load.stop();
        load.strict(false);

        List<String> problems = new ArrayList<>(Ledger.ordersAndStock(load, shop.small(), shop.locationId(), 100_000));
        problems.addAll(Ledger.eventsHandled(load));
        problems.addAll(Ledger.queuesDrained());
        problems.addAll(Ledger.nothingInDoubt());
        long deadLetters = BrokerState.messageCount("DLQ") - deadLettersBefore;
        if (deadLetters != 0) {
            problems.add(deadLetters + " messages went to the dead-letter queue");
        }
        if (load.acks().size() < acksAtUp + 5) {
            problems.add("checkouts did not resume within " + READINESS_BOUND.toSeconds() + " s of readiness");
        }
        CrashReport.section("## " + service + " stopped for " + OUTAGE.toSeconds() + " s under checkout load\n\n"
                + "| Figure | Value |\n|---|---|\n"
                + "| requests sent | " + load.requests() + " |\n"
                + "| answers by status | " + load.answerCounts() + " |\n"
                + "| slowest answer (bound " + CheckoutLoad.ANSWER_BOUND.toSeconds() + " s) | " + CrashReport.seconds(load.slowest()) + " s |\n"
                + "| orders acknowledged before / during / after the outage | " + acksBefore + " / " + (acksDuringOutage - acksBefore)
                + " / " + (load.acks().size() - acksDuringOutage) + " |\n"
                + "| stop asked / process gone (UTC) | " + stopped + " / " + gone + " |\n"
                + "| stop to /health/ready " + check + " DOWN | " + CrashReport.seconds(toDown) + " s |\n"
                + "| start to " + check + " UP | " + CrashReport.seconds(toUp) + " s |\n"
                + "| UP to 5 more orders acknowledged | " + CrashReport.seconds(toFirstOrders) + " s |\n"
                + "| dead letters added | " + deadLetters + " |\n"
                + "| problems found | " + (problems.isEmpty() ? "none" : String.join("; ", problems)) + " |");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(load.acks().isEmpty());
        assertTrue(load.answered("503") > 0 || acksDuringOutage > acksBefore, "the load ran into the outage");
    }

    /** Waits until /health/ready reports the named check with the status; returns how long that took from {@code since}. */
    private static Duration awaitCheck(String check, String status, Instant since) {
        Instant deadline = Instant.now().plus(READINESS_BOUND);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            LoadClient.Answer answer = LoadClient.get("/health/ready");
            last = answer.status() + " " + answer.body();
            if (answer.answered() && answer.body().startsWith("{")) {
                JsonObject health = Json.createReader(new StringReader(answer.body())).readObject();
                boolean matches = health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                        .anyMatch(c -> c.getString("name").equals(check) && c.getString("status").equals(status));
                if (matches) {
                    return Duration.between(since, Instant.now());
                }
            }
            LoadClient.sleep(200);
        }
        throw new AssertionError("the " + check + " check was not " + status + " within " + READINESS_BOUND.toSeconds() + " s; last: " + last);
    }
}

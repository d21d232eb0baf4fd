package dev.bazaar.it.outage;

import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.json.JsonObject;

/**
 * Stops the real broker and the real database in turn: readiness goes DOWN naming the failed
 * dependency with its reason, and comes back UP when it returns. Each test restarts what it stopped.
 */
class ReadinessOutageIT {

    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);

    @AfterEach
    void everythingRunsAgain() {
        LocalServices.run("start", "all");
        awaitReadiness(200);
    }

    @ParameterizedTest(name = "{0} stopped: the {1} check is DOWN")
    @CsvSource({"artemis, broker", "postgres, database"})
    void readinessIsDownNamingTheStoppedDependencyAndItsReasonThenUpAgain(String service, String check) {
        LocalServices.run("stop", service);

        JsonObject failed = failingCheck(awaitReadiness(503), check);
        assertFalse(failed.getJsonObject("data").getString("detail").isBlank(), failed.toString());

        LocalServices.run("start", service);
        awaitReadiness(200);
    }

    private static JsonObject failingCheck(HttpResponse<String> response, String name) {
        JsonObject health = json(response);
        assertEquals("DOWN", health.getString("status"));
        JsonObject check = health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals("DOWN", check.getString("status"), health.toString());
        return check;
    }

    private static HttpResponse<String> awaitReadiness(int status) {
        Instant deadline = Instant.now().plus(RECOVERY_TIMEOUT);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get("/health/ready");
            if (last.statusCode() == status) {
                return last;
            }
            sleep(500);
        }
        throw new AssertionError("/health/ready did not answer " + status + " within " + RECOVERY_TIMEOUT
                + "; last: " + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

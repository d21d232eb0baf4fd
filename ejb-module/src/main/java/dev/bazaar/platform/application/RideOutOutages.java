package dev.bazaar.platform.application;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Keeps a message consumer from spending its deliveries during an outage. When a delivery fails because
 * the database could not be reached, the consumer holds the message until the database answers again
 * (at most {@link #HOLD}), then lets the failure propagate: the broker redelivers after its back-off and
 * the next delivery meets a working database. Without this, five deliveries over 15 s of back-off
 * would dead-letter every message that arrived early in a restart of PostgreSQL lasting longer than that.
 * Any other failure propagates at once, so a message that can never be handled still reaches the
 * dead-letter queue after the usual back-off.
 */
public class RideOutOutages {

    private static final Logger LOG = Logger.getLogger(RideOutOutages.class.getName());
    static final Duration HOLD = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofSeconds(1);

    @EJB
    SystemStatus status;

    @AroundInvoke
    public Object deliver(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (Outages.causedByOutage(e)) {
                holdUntilTheDatabaseAnswers(invocation.getTarget().getClass().getSimpleName());
            }
            throw e;
        }
    }

    private void holdUntilTheDatabaseAnswers(String consumer) throws InterruptedException {
        Instant until = Instant.now().plus(HOLD);
        LOG.warning(() -> consumer + ": the database cannot be reached; holding the message until it answers (at most "
                + HOLD.toSeconds() + " s), then the broker redelivers it");
        while (Instant.now().isBefore(until) && !status.database().up()) {
            Thread.sleep(POLL.toMillis());
        }
    }
}

package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the payout run every {@code bazaar.payout.interval-minutes} (60 by default; 0 turns it off)
 * on every server. The timer is not persistent: what must happen once is guarded in the database
 * (see {@link PayoutRun} and docs/adr/0018), so a firing on each of two servers, or a firing missed
 * while a server was down, changes nothing but when a shop is paid. A run still going makes this
 * server's next firing skip.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayoutSchedule {

    private static final Logger LOG = Logger.getLogger(PayoutSchedule.class.getName());

    @Inject
    @ConfigProperty(name = "bazaar.payout.interval-minutes", defaultValue = "60")
    long intervalMinutes;

    @EJB
    PayoutRun run;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (intervalMinutes > 0) {
            long interval = TimeUnit.MINUTES.toMillis(intervalMinutes);
            timers.createIntervalTimer(interval, interval, new TimerConfig("pay the shops by transfer", false));
        }
    }

    @Timeout
    void fire() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            run.run(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The payout run failed; the next one tries again", e);
        } finally {
            running.set(false);
        }
    }
}

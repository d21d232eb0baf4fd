package dev.bazaar.catalog.infrastructure;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Where demo data is on, draws the pictures the demo catalog and the generated catalog ask for (V27):
 * right after the start (without holding it up) and every ten seconds after, which picks up a catalog
 * that scripts/demo-catalog.sh made meanwhile. One round pictures a bounded number of looks, so rounds
 * stay short; a round still running makes the next one skip.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPictures {

    private static final Logger LOG = Logger.getLogger(DemoPictures.class.getName());
    private static final int LOOKS_PER_ROUND = 60;

    @Inject
    @ConfigProperty(name = "bazaar.demo-data", defaultValue = "true")
    boolean demoData;

    @EJB
    DemoPictureWork work;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void soonAfterStart() {
        if (demoData) {
            timers.createSingleActionTimer(1, new TimerConfig("draw the demo pictures", false));
        }
    }

    @Timeout
    void afterStart() {
        round();
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "draw wanted demo pictures")
    void everyTenSeconds() {
        round();
    }

    private void round() {
        if (!demoData || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            long began = System.nanoTime();
            int looks = 0;
            int products = 0;
            for (DemoPictureWork.Look look : work.wanted(LOOKS_PER_ROUND)) {
                products += work.picture(look);
                looks++;
            }
            if (looks > 0) {
                long millis = (System.nanoTime() - began) / 1_000_000;
                int drawn = looks;
                int shown = products;
                LOG.info(() -> "Drew " + drawn + " demo pictures for " + shown + " products in " + millis + " ms");
            }
        } finally {
            running.set(false);
        }
    }
}

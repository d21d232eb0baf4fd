package dev.bazaar.catalog.infrastructure;

import dev.bazaar.catalog.application.SearchLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Every five seconds, writes the searches and clicks this server counted since the last time (docs/adr/0023):
 * the search itself never waits for the database to count it.
 */
@Singleton
public class SearchLogFlush {

    @EJB
    SearchLog log;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void flush() {
        log.flush();
    }
}

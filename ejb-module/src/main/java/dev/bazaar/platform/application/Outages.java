package dev.bazaar.platform.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.resource.ResourceException;

/**
 * Tells a failure caused by an outage (the database or the broker cannot be reached: a refused or lost
 * connection, a pool that found no connection within its timeout) from any other: the work rolled
 * back and may be tried again once the dependency is back.
 */
public final class Outages {

    private Outages() {
    }

    /** This throwable itself says a dependency could not be reached. */
    public static boolean unavailable(Throwable cause) {
        return cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                || cause instanceof ResourceException || cause instanceof JMSException || cause instanceof JMSRuntimeException;
    }

    /** Some throwable in the chain says a dependency could not be reached. */
    public static boolean causedByOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (unavailable(cause)) {
                return true;
            }
        }
        return false;
    }
}

package dev.bazaar.kernel;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises PostgreSQL's unique-constraint violation (SQL state 23505) inside a persistence
 * exception: the race where another transaction committed the same slug or address between our
 * check and our insert.
 */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** The database's message for the violation (it names the constraint), if {@code e} is one. */
    public static Optional<String> in(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return Optional.of(String.valueOf(sql.getMessage()));
            }
        }
        return Optional.empty();
    }
}

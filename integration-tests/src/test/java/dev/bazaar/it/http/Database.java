package dev.bazaar.it.http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads the real database, to check what a request wrote (or did not write). */
public final class Database {

    private Database() {
    }

    /** Changes rows directly: only to move time for a test (expire a token, say), or to put back shared rows a test changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("bazaar.db.url"),
                System.getProperty("bazaar.db.user"), System.getProperty("bazaar.db.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError("update failed: " + sql, e);
        }
    }

    /** A transaction left open: what its statement locks stays locked until it is closed, which rolls it back. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Runs {@code sql} in a transaction that stays open until the returned handle is closed, then rolls
     * it back: a row it inserts holds its unique keys, so Bazaar's own insert of the same key waits.
     */
    public static Held heldOpen(String sql, Object... parameters) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(System.getProperty("bazaar.db.url"),
                    System.getProperty("bazaar.db.user"), System.getProperty("bazaar.db.password"));
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            Connection open = connection;
            return () -> {
                try (open) {
                    open.rollback();
                } catch (SQLException e) {
                    throw new AssertionError("rollback failed: " + sql, e);
                }
            };
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new AssertionError("update failed: " + sql, e);
        }
    }

    public static long count(String sql, Object... parameters) {
        return Long.parseLong(single(sql, parameters).orElseThrow());
    }

    /** The first column of the first row, as text. */
    public static Optional<String> single(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("bazaar.db.url"),
                System.getProperty("bazaar.db.user"), System.getProperty("bazaar.db.password"));
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    /** Waits (up to 30 s) until the event-log consumer has recorded one event of the type for the aggregate. */
    public static void awaitEvent(String type, String aggregateId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count("select count(*) from event_log where event_type = ? and aggregate_id = ?", type, aggregateId) < 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(type + " for " + aggregateId + " never reached the event log");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}

package dev.bazaar.it.incontainer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** What the in-container tests read and write straight in PostgreSQL, through the server's own data source. */
final class Rows {

    private Rows() {
    }

    /** The first column of the first row, as text; null when there is no row. */
    static String single(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = prepared(connection, sql, parameters);
             ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** A count (or any number) the query answers; no row reads as 0. */
    static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        String value = single(dataSource, sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    static int update(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}

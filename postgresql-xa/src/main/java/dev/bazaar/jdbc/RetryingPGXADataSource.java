package dev.bazaar.jdbc;

import java.sql.SQLException;

import javax.sql.XAConnection;

import org.postgresql.core.BaseConnection;
import org.postgresql.xa.PGXADataSource;

/**
 * PostgreSQL's XA data source whose connections report a commit or rollback cut off by the server
 * ending the connection as retryable ({@link RetryingPGXAConnection}). Configured in server.xml as the
 * driver's {@code javax.sql.XADataSource}; everything else is the driver's own.
 */
public class RetryingPGXADataSource extends PGXADataSource {

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return getXAConnection(getUser(), getPassword());
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return new RetryingPGXAConnection((BaseConnection) getConnection(user, password));
    }
}

package dev.bazaar.platform.application;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

/**
 * Can Bazaar reach what it depends on? Each check opens a real connection and reports why it
 * failed, for the readiness probe.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemStatus {

    private static final int DATABASE_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;

    @Resource(lookup = "jms/bazaarConnectionFactory")
    ConnectionFactory connectionFactory;

    public record Check(boolean up, String detail) {
    }

    public Check database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS)
                    ? new Check(true, connection.getMetaData().getDatabaseProductName() + " "
                            + connection.getMetaData().getDatabaseProductVersion())
                    : new Check(false, "connection is not valid");
        } catch (SQLException e) {
            return new Check(false, e.getMessage());
        }
    }

    public Check broker() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.start();
            return new Check(true, "connected");
        } catch (JMSRuntimeException e) {
            return new Check(false, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

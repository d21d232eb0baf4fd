package dev.bazaar.jdbc;

import java.sql.SQLException;

import javax.transaction.xa.XAException;
import javax.transaction.xa.Xid;

import org.postgresql.core.BaseConnection;
import org.postgresql.xa.PGXAConnection;

/**
 * The driver's XA connection, except for one error code. When PostgreSQL ends a connection (a fast
 * shutdown or restart: SQLSTATE 57P01, 57P02, 57P03) while a prepared branch is being committed or rolled
 * back, the driver (42.7.14) reports XAER_RMERR, which tells the transaction manager the branch is gone
 * for good; Liberty then stops completing it, although PostgreSQL still holds it prepared, with its row
 * locks, until someone resolves it by hand (ServiceRestartIT: every checkout of the locked stock waited
 * out its socket timeout, minute after minute). Reported as XAER_RMFAIL (the resource manager is
 * unavailable), Liberty completes the branch again every {@code heuristicRetryInterval} until the
 * database is back, as the XA specification intends (pgjdbc issue 4438, open when this was written).
 */
public class RetryingPGXAConnection extends PGXAConnection {

    public RetryingPGXAConnection(BaseConnection connection) throws SQLException {
        super(connection);
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        try {
            return super.prepare(xid);
        } catch (XAException e) {
            throw retryableIfCutOff(e);
        }
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        try {
            super.commit(xid, onePhase);
        } catch (XAException e) {
            throw retryableIfCutOff(e);
        }
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        try {
            super.rollback(xid);
        } catch (XAException e) {
            throw retryableIfCutOff(e);
        }
    }

    /** XAER_RMERR caused by the server ending the connection becomes XAER_RMFAIL; anything else is left as it is. */
    static XAException retryableIfCutOff(XAException failure) {
        if (failure.errorCode != XAException.XAER_RMERR || !cutOff(failure)) {
            return failure;
        }
        XAException retryable = new XAException("PostgreSQL ended the connection; the branch's outcome is still to be delivered: "
                + failure.getMessage());
        retryable.errorCode = XAException.XAER_RMFAIL;
        retryable.initCause(failure);
        return retryable;
    }

    private static boolean cutOff(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("57P0") || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}

package dev.bazaar.it.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bazaar.jdbc.RetryingPGXADataSource;

/**
 * The XA data source Liberty uses (server.xml: RetryingPGXADataSource) against the test database: a
 * prepared branch whose connection PostgreSQL ends before the commit or rollback arrives is reported as
 * XAER_RMFAIL (retry) rather than the driver's XAER_RMERR (gone), and completing it again from a new
 * connection, as Liberty's retry does, delivers the outcome: the write is there after a commit and absent
 * after a rollback, and nothing stays prepared.
 */
class PreparedBranchCutOffIT {

    private static final String PROBE = "xa_cut_off_probe";

    /** The branch's own connection, and its server process. */
    private XAConnection open;
    private int backend;

    @BeforeAll
    static void createProbeTable() throws SQLException {
        execute("create table if not exists " + PROBE + " (id uuid primary key)");
    }

    @AfterAll
    static void dropProbeTable() throws SQLException {
        execute("drop table if exists " + PROBE);
    }

    @AfterEach
    void closeTheBranchConnection() throws SQLException {
        open.close();
    }

    @Test
    void aCommitCutOffByTheServerIsRetriedAndCommits() throws Exception {
        UUID row = UUID.randomUUID();
        Xid xid = preparedBranchWriting(row);

        XAException cutOff = assertThrows(XAException.class, () -> withConnectionEnded(xid).commit(xid, false));

        assertEquals(XAException.XAER_RMFAIL, cutOff.errorCode, "a prepared branch cut off by the server is to be completed again");
        assertEquals(1, prepared(xid), "the branch is still prepared");
        completeAgain(xid, true);
        assertEquals(1, count("select count(*) from " + PROBE + " where id = ?::uuid", row.toString()));
        assertEquals(0, prepared(xid));
    }

    @Test
    void aRollbackCutOffByTheServerIsRetriedAndRollsBack() throws Exception {
        UUID row = UUID.randomUUID();
        Xid xid = preparedBranchWriting(row);

        XAException cutOff = assertThrows(XAException.class, () -> withConnectionEnded(xid).rollback(xid));

        assertEquals(XAException.XAER_RMFAIL, cutOff.errorCode);
        completeAgain(xid, false);
        assertEquals(0, count("select count(*) from " + PROBE + " where id = ?::uuid", row.toString()));
        assertEquals(0, prepared(xid));
    }

    /** One branch, started, written, ended and prepared on a connection of its own. */
    private Xid preparedBranchWriting(UUID row) throws Exception {
        open = dataSource().getXAConnection();
        XAResource xa = open.getXAResource();
        Xid xid = new TestXid();
        Connection connection = open.getConnection();
        try (Statement statement = connection.createStatement(); ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
            pid.next();
            backend = pid.getInt(1);
        }
        xa.start(xid, XAResource.TMNOFLAGS);
        try (PreparedStatement insert = connection.prepareStatement("insert into " + PROBE + " (id) values (?::uuid)")) {
            insert.setString(1, row.toString());
            insert.executeUpdate();
        }
        xa.end(xid, XAResource.TMSUCCESS);
        assertEquals(XAResource.XA_OK, xa.prepare(xid));
        return xid;
    }

    /** Ends the branch's server process, as a fast shutdown does (SQLSTATE 57P01), and waits until it is gone. */
    private XAResource withConnectionEnded(Xid xid) throws Exception {
        execute("select pg_terminate_backend(" + backend + ")");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (count("select count(*) from pg_stat_activity where pid = ?", backend) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return open.getXAResource();
    }

    /** What Liberty's retry does: the same outcome again, from a new connection. */
    private static void completeAgain(Xid xid, boolean commit) throws Exception {
        XAConnection fresh = dataSource().getXAConnection();
        try {
            if (commit) {
                fresh.getXAResource().commit(xid, false);
            } else {
                fresh.getXAResource().rollback(xid);
            }
        } finally {
            fresh.close();
        }
    }

    /** Whether PostgreSQL still holds the branch prepared: its gid is formatId_gtrid_bqual, each part in Base64. */
    private static long prepared(Xid xid) throws SQLException {
        return count("select count(*) from pg_prepared_xacts where gid = ?", xid.getFormatId() + "_"
                + Base64.getEncoder().encodeToString(xid.getGlobalTransactionId()) + "_"
                + Base64.getEncoder().encodeToString(xid.getBranchQualifier()));
    }

    private static RetryingPGXADataSource dataSource() {
        RetryingPGXADataSource dataSource = new RetryingPGXADataSource();
        dataSource.setUrl(System.getProperty("bazaar.db.url"));
        dataSource.setUser(System.getProperty("bazaar.db.user"));
        dataSource.setPassword(System.getProperty("bazaar.db.password"));
        return dataSource;
    }

    private static Connection plain() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bazaar.db.url"), System.getProperty("bazaar.db.user"),
                System.getProperty("bazaar.db.password"));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = plain(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = plain(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** A branch id of this test's own format. */
    private static final class TestXid implements Xid {

        private final byte[] gtrid = ByteBuffer.allocate(16).putLong(UUID.randomUUID().getMostSignificantBits())
                .putLong(UUID.randomUUID().getLeastSignificantBits()).array();
        private final byte[] bqual = gtrid.clone();

        @Override
        public int getFormatId() {
            return 4711;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return gtrid;
        }

        @Override
        public byte[] getBranchQualifier() {
            return bqual;
        }
    }
}

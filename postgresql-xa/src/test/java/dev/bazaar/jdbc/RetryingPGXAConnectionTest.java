package dev.bazaar.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryingPGXAConnectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"57P01", "57P02", "57P03", "08006", "08003"})
    void aBranchCutOffByTheServerIsRetryable(String sqlState) {
        XAException driver = failure(XAException.XAER_RMERR, new SQLException("terminating connection", sqlState));

        XAException reported = RetryingPGXAConnection.retryableIfCutOff(driver);

        assertEquals(XAException.XAER_RMFAIL, reported.errorCode);
        assertSame(driver, reported.getCause());
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "42704"})
    void anyOtherErrorKeepsItsCode(String sqlState) {
        XAException driver = failure(XAException.XAER_RMERR, new SQLException("refused", sqlState));

        assertSame(driver, RetryingPGXAConnection.retryableIfCutOff(driver));
    }

    @ParameterizedTest
    @ValueSource(ints = {XAException.XAER_NOTA, XAException.XAER_PROTO, XAException.XAER_RMFAIL, XAException.XA_RBROLLBACK})
    void otherCodesAreLeftAsTheyAre(int code) {
        XAException driver = failure(code, new SQLException("terminating connection", "57P01"));

        assertSame(driver, RetryingPGXAConnection.retryableIfCutOff(driver));
    }

    private static XAException failure(int code, SQLException cause) {
        XAException failure = new XAException("driver");
        failure.errorCode = code;
        failure.initCause(cause);
        return failure;
    }
}

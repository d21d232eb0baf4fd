package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.PasswordHashing;
import dev.bazaar.identity.application.Registration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

/** Registration's account row, audit record and user.registered event commit or roll back together. */
@ExtendWith(ArquillianExtension.class)
class RegistrationTransactionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(RegistrationTransactionIT.class, FailAfterRegistration.class);
    }

    @Inject
    Registration registration;

    @Inject
    FailAfterRegistration failAfterRegistration;

    @Inject
    PasswordHashing passwords;

    @Resource(lookup = "jdbc/bazaar")
    DataSource dataSource;

    @Test
    void aFailureAfterRegisteringLeavesNoAccountNoAuditRecordAndNoEvent() throws Exception {
        String doomed = "doomed-" + UUID.randomUUID() + "@example.org";

        assertThrows(EJBException.class, () -> failAfterRegistration.registerThenFail(doomed));

        assertEquals(0, count("select count(*) from app_user where email = ?", doomed));
        assertEquals(0, count("select count(*) from security_event where email = ?", doomed));
        // an account registered afterwards gets its event through; the rolled-back one never does
        AccountView marker = registration.registerCustomer("marker-" + UUID.randomUUID() + "@example.org",
                "a-fine-password", "Marker", "127.0.0.1");
        awaitEvent(marker.id());
        Thread.sleep(2_000);
        assertEquals(0, count("select count(*) from event_log e where e.event_type = 'user.registered'"
                + " and not exists (select 1 from app_user u where u.id::text = e.aggregate_id)"));
    }

    @Test
    void theStoredHashVerifiesTheRightPasswordOnly() throws SQLException {
        AccountView account = registration.registerCustomer("hash-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Hash Check", "127.0.0.1");

        String hash = text("select password_hash from app_user where id = ?", account.id());

        assertEquals(true, passwords.matches("correct-horse-battery", hash));
        assertEquals(false, passwords.matches("correct-horse-batterY", hash));
    }

    private void awaitEvent(long userId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (count("select count(*) from event_log where event_type = 'user.registered' and aggregate_id = ?",
                    String.valueOf(userId)) == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("user.registered for " + userId + " never arrived");
    }

    private long count(String sql, Object... parameters) throws SQLException {
        return Rows.count(dataSource, sql, parameters);
    }

    private String text(String sql, Object... parameters) throws SQLException {
        return Rows.single(dataSource, sql, parameters);
    }
}

package dev.bazaar.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.application.UserAdministration;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

/**
 * The rule lives in the services, not only in the pages: a caller who is not a platform admin (here,
 * no one at all) is refused by the container before any account or audit record is touched.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestDeployment.with(AdministrationAccessIT.class);
    }

    @Inject
    UserAdministration administration;

    @Inject
    SecurityAudit audit;

    @Test
    void onlyPlatformAdminsMayListOrChangeAccounts() {
        assertThrows(EJBAccessException.class, () -> administration.users(null, new PageRequest(0, 10)));
        assertThrows(EJBAccessException.class, () -> administration.disable(1));
        assertThrows(EJBAccessException.class, () -> administration.enable(1));
    }

    @Test
    void onlyPlatformAdminsMayReadTheAuditTrail() {
        assertThrows(EJBAccessException.class, () -> audit.latest(new PageRequest(0, 10)));
    }
}

package dev.bazaar.identity.infrastructure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.identity.application.PasswordHashing;
import dev.bazaar.identity.domain.DisplayName;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Where demo data is on, one account per role, all with the documented demo password (README and
 * the run command print them). Accounts that exist already are left as they are.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoAccounts {

    public static final String DEMO_PASSWORD = "bazaar-demo-2026";
    private static final String DEMO_VENDOR = "nordic-kitchen";
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    private record Demo(String email, String name, Role role) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@bazaar.test", "Platform Admin", Role.PLATFORM_ADMIN),
            new Demo("owner@nordic-kitchen.test", "Nora Owner", Role.VENDOR_OWNER),
            new Demo("manager@nordic-kitchen.test", "Magnus Manager", Role.VENDOR_MANAGER),
            new Demo("staff@nordic-kitchen.test", "Siri Staff", Role.VENDOR_STAFF),
            new Demo("shopper@bazaar.test", "Sam Shopper", Role.CUSTOMER));

    @Inject
    @ConfigProperty(name = "bazaar.demo-data", defaultValue = "true")
    boolean demoData;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing passwords;

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    @PostConstruct
    void provision() {
        if (!demoData) {
            return;
        }
        Long vendorId = em.createQuery("select v.id from Vendor v where v.slug = :slug", Long.class)
                .setParameter("slug", DEMO_VENDOR)
                .getResultStream().findFirst().orElse(null);
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            EmailAddress email = new EmailAddress(demo.email());
            if (accounts.exists(email) || (demo.role().isVendorRole() && vendorId == null)) {
                continue;
            }
            Set<Role> roles = EnumSet.of(demo.role());
            accounts.add(UserAccount.provision(email, new DisplayName(demo.name()), passwords.hash(DEMO_PASSWORD), roles,
                    demo.role().isVendorRole() ? vendorId : null));
            created++;
        }
        int made = created;
        LOG.info(() -> "Demo accounts: " + made + " created, one per role, password " + DEMO_PASSWORD);
    }
}

package dev.bazaar.it.browser;

/** The accounts the demo data seeds, all with one password: what the browser tests sign in with when no fresh account will do. */
public final class DemoAccounts {

    public static final String PASSWORD = "bazaar-demo-2026";

    /** The platform admin. */
    public static final String ADMIN = "admin@bazaar.test";
    /** A customer, and nothing more. */
    public static final String SHOPPER = "shopper@bazaar.test";
    /** Nordic Kitchen Co.'s manager: may change the shop's products. */
    public static final String NORDIC_MANAGER = "manager@nordic-kitchen.test";
    /** Nordic Kitchen Co.'s staff: may read the shop's products, not change them. */
    public static final String NORDIC_STAFF = "staff@nordic-kitchen.test";

    private DemoAccounts() {
    }
}

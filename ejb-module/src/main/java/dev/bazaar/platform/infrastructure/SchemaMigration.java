package dev.bazaar.platform.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Applies the SQL in {@code db/migrations} (and, where demo data is switched on, {@code db/demo})
 * with Flyway while the application starts. A startup singleton finishes before the container lets
 * any request in, so no page or API call ever sees an old schema; a failed migration fails the start.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** A data source outside JTA: Flyway commits each migration itself. */
    @Resource(lookup = "jdbc/bazaarMigrations")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "bazaar.demo-data", defaultValue = "true")
    boolean demoData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " ("
                + result.migrationsExecuted + " migrations applied now, demo data " + (demoData ? "on" : "off") + ")");
    }
}

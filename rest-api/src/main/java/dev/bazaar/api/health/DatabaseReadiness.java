package dev.bazaar.api.health;

import org.eclipse.microprofile.health.Readiness;

import dev.bazaar.platform.application.SystemStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code /health/ready} is DOWN while PostgreSQL does not answer. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends DependencyCheck {

    @EJB
    SystemStatus status;

    public DatabaseReadiness() {
        super("database");
    }

    @Override
    SystemStatus.Check probe() {
        return status.database();
    }
}

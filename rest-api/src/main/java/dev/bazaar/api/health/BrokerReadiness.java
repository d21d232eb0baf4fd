package dev.bazaar.api.health;

import org.eclipse.microprofile.health.Readiness;

import dev.bazaar.platform.application.SystemStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code /health/ready} is DOWN while the Artemis broker does not accept connections. */
@Readiness
@ApplicationScoped
public class BrokerReadiness extends DependencyCheck {

    @EJB
    SystemStatus status;

    public BrokerReadiness() {
        super("broker");
    }

    @Override
    SystemStatus.Check probe() {
        return status.broker();
    }
}

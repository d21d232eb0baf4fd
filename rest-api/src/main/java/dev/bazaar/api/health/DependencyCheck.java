package dev.bazaar.api.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import dev.bazaar.platform.application.SystemStatus;

/** A readiness check on one thing Bazaar depends on, reporting what failed and why. */
abstract class DependencyCheck implements HealthCheck {

    private final String name;

    DependencyCheck(String name) {
        this.name = name;
    }

    abstract SystemStatus.Check probe();

    @Override
    public HealthCheckResponse call() {
        SystemStatus.Check result = probe();
        return HealthCheckResponse.named(name).status(result.up()).withData("detail", result.detail()).build();
    }
}

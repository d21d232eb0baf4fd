package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("v1")
@OpenAPIDefinition(info = @Info(title = "Bazaar API", version = "v1",
        description = "The marketplace API for mobile and partner apps. Errors are application/problem+json."))
public class BazaarApi extends Application {
}

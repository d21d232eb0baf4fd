package dev.bazaar.api.v1;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "bazaar")
@DeclareRoles({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
@OpenAPIDefinition(info = @Info(title = "Bazaar API", version = "v1",
        description = "The marketplace API for mobile and partner apps. Errors are application/problem+json."))
public class BazaarApi extends Application {
}

package dev.bazaar.it.incontainer;

import dev.bazaar.identity.application.Registration;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Registration followed by a failure in the same container transaction. */
@Stateless
public class FailAfterRegistration {

    @Inject
    Registration registration;

    public void registerThenFail(String email) {
        registration.registerCustomer(email, "a-fine-password", "Doomed Account", "127.0.0.1");
        throw new IllegalStateException("simulated failure after registration");
    }
}

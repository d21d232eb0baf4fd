package dev.bazaar.storefront;

import java.io.IOException;

import dev.bazaar.identity.application.Registration;
import dev.bazaar.kernel.TooManyAttemptsException;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The storefront's registration form. */
@Named("register")
@RequestScoped
public class RegisterView {

    static final FieldLabels LABELS = FieldLabels.of("register", "email", "password", "name");

    @EJB
    Registration registration;

    private String email;
    private String password;
    private String name;

    public void register() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String client = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        if (Texts.besideFields("registerForm", LABELS)
                .on(TooManyAttemptsException.class, e -> PageMessages.error(Texts.text("register.tooManyAttempts", e.retryAfterMinutes())))
                .report(() -> registration.registerCustomer(email, password, name, client), null)) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?registered=true");
        } else {
            password = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

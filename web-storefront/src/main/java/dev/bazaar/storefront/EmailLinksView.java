package dev.bazaar.storefront;

import java.io.IOException;

import dev.bazaar.identity.application.EmailLinks;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.TooManyAttemptsException;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages behind the links Bazaar mails: confirming an e-mail address, asking for a new
 * confirmation link, asking for a password reset and choosing the new password.
 */
@Named("links")
@RequestScoped
public class EmailLinksView {

    static final FieldLabels LABELS = FieldLabels.of("emailLinks", "email", "newPassword", "token");

    @EJB
    EmailLinks emailLinks;

    private String token;
    private String email;
    private String newPassword;
    private String verifiedEmail;
    private boolean linkInvalid;
    private boolean mailRequested;

    /** Runs when the confirmation link is opened. */
    public void verify() {
        if (token == null || token.isBlank()) {
            return; // the page then offers to send a new link
        }
        try {
            verifiedEmail = emailLinks.verifyEmail(token, clientAddress());
        } catch (InvalidInputException e) {
            linkInvalid = true;
        }
    }

    public void requestVerificationMail() {
        requestMail(() -> emailLinks.requestVerificationMail(email, clientAddress()), "verifyForm");
    }

    public void requestPasswordReset() {
        requestMail(() -> emailLinks.requestPasswordReset(email, clientAddress()), "forgotForm");
    }

    public void resetPassword() throws IOException {
        if (Texts.besideFields("resetForm", LABELS)
                .after(InvalidInputException.class, e -> linkInvalid = e.fieldErrors().containsKey("token"))
                .report(() -> emailLinks.resetPassword(token, newPassword, clientAddress()), null)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordReset=true");
        } else {
            newPassword = null;
        }
    }

    private void requestMail(Runnable request, String formId) {
        if (Texts.besideFields(formId, LABELS)
                .on(TooManyAttemptsException.class, e -> PageMessages.error(Texts.text("links.tooManyRequests", e.retryAfterMinutes())))
                .report(request, null)) {
            mailRequested = true;
        }
    }

    private static String clientAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getVerifiedEmail() {
        return verifiedEmail;
    }

    public boolean isLinkInvalid() {
        return linkInvalid;
    }

    public boolean isMailRequested() {
        return mailRequested;
    }
}

package dev.bazaar.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import dev.bazaar.identity.application.Authentication;
import dev.bazaar.identity.application.FormSignIn;
import dev.bazaar.kernel.TooManyAttemptsException;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in form of a web module, shared by the storefront and the back office (each names its
 * bean and where signing out leads): the session id changes at sign-in, people return to the page
 * they asked for (only a page of the same module), and a refusal says whether to retry now or later.
 */
public abstract class SignInForm {

    private static final String ORIGINAL_URL_COOKIE = "WASReqURL";

    @Inject
    SecurityContext securityContext;

    @EJB
    Authentication authentication;

    private String email;
    private String password;
    private boolean unverified;

    /** The page of this module that signing out leads to, with its query. */
    protected abstract String signedOutPage();

    /** What a sign-in refused for an unconfirmed address says; a module that speaks other languages overrides the three texts. */
    protected String unverifiedText() {
        return "Confirm your e-mail address first: open the link in the mail we sent you when you registered.";
    }

    /** What a sign-in refused after too many failures says. */
    protected String tooManyAttemptsText(long minutes) {
        return "Too many failed sign-ins. Try again in " + minutes + " minutes.";
    }

    /** What a sign-in with a wrong address or password says. */
    protected String refusedText() {
        return "The e-mail address or the password is wrong.";
    }

    public void signIn() throws IOException {
        if (!signIn(email, password)) {
            password = null;
        }
    }

    public void signOut() throws IOException {
        signOut(signedOutPage());
    }

    /** True after a sign-in refused only because the address is not verified yet. */
    public boolean isUnverified() {
        return unverified;
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getCallerName() {
        return isSignedIn() ? securityContext.getCallerPrincipal().getName() : null;
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

    /** Returns true when signed in (the response is then a redirect). */
    private boolean signIn(String email, String password) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id planted before sign-in is worthless after it
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return true;
            }
            case SUCCESS -> {
                external.redirect(pageAskedFor(request, response));
                return true;
            }
            default -> {
                if (Boolean.TRUE.equals(request.getAttribute(FormSignIn.UNVERIFIED_ATTRIBUTE))) {
                    unverified = true;
                    PageMessages.warn(unverifiedText());
                    return false;
                }
                Optional<Duration> wait = authentication.waitBeforeNextAttempt(email, request.getRemoteAddr());
                PageMessages.error(wait.map(d -> tooManyAttemptsText(TooManyAttemptsException.minutes(d.toSeconds())))
                        .orElseGet(this::refusedText));
                return false;
            }
        }
    }

    /** Ends the session and sends the person to {@code page} of this module. */
    private static void signOut(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is dropped below in any case
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + page);
    }

    /**
     * The path (with its query) of {@code wanted}, a URL or path, when it is a page of the module at
     * {@code contextPath}: the host it names is ignored, and a path a browser could read as another site
     * is refused (scheme-relative {@code //}, backslashes, control characters, {@code ..}), as is the
     * sign-in page itself.
     */
    public static Optional<String> returnPath(String wanted, String contextPath) {
        if (wanted == null || wanted.isEmpty() || wanted.indexOf('\\') >= 0 || wanted.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String home = (contextPath == null ? "" : contextPath) + "/";
        URI uri;
        try {
            uri = URI.create(wanted);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(home) || path.contains("//") || path.contains("..") || path.toLowerCase(java.util.Locale.ROOT).contains("%5c")
                || path.endsWith("/login.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /**
     * Where the person was going when they were sent to sign in. Liberty keeps that in the WASReqURL
     * cookie; only a page of this module is accepted, so the cookie cannot send anyone elsewhere.
     */
    static String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
        String home = request.getContextPath() + "/";
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return home;
        }
        for (Cookie cookie : cookies) {
            if (ORIGINAL_URL_COOKIE.equals(cookie.getName())) {
                Cookie expired = new Cookie(ORIGINAL_URL_COOKIE, "");
                expired.setPath("/");
                expired.setMaxAge(0);
                response.addCookie(expired);
                return returnPath(cookie.getValue(), request.getContextPath()).orElse(home);
            }
        }
        return home;
    }
}

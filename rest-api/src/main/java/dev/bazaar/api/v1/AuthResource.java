package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.identity.application.AccessTokenView;
import dev.bazaar.identity.application.AccountView;
import dev.bazaar.identity.application.Authentication;
import dev.bazaar.identity.application.EmailLinks;
import dev.bazaar.identity.application.Registration;
import dev.bazaar.identity.application.SessionTokens;
import dev.bazaar.identity.domain.DisplayName;
import dev.bazaar.identity.domain.PasswordPolicy;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.SecretTokens;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuthResource {

    /** What registering takes. Missing fields arrive as null and are reported by name. */
    public record RegisterRequest(
            @Schema(required = true, format = "email", maxLength = EmailAddress.MAX_LENGTH) String email,
            @Schema(required = true, minLength = PasswordPolicy.MIN_LENGTH, maxLength = PasswordPolicy.MAX_LENGTH) String password,
            @Schema(required = true, maxLength = DisplayName.MAX_LENGTH) String name) {
    }

    /** What logging in takes. */
    public record LoginRequest(@Schema(required = true, maxLength = EmailAddress.MAX_LENGTH) String email,
                               @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH) String password) {
    }

    /** A refresh token, to rotate or to end the session with. */
    public record RefreshRequest(@Schema(required = true, maxLength = SecretTokens.MAX_LENGTH) String refreshToken) {
    }

    /** An e-mail address to mail a link to. */
    public record EmailRequest(@Schema(required = true, format = "email", maxLength = EmailAddress.MAX_LENGTH) String email) {
    }

    /** A token from a mailed link. */
    public record TokenRequest(@Schema(required = true, maxLength = SecretTokens.MAX_LENGTH) String token) {
    }

    /** A token from a password-reset mail and the new password. */
    public record PasswordResetRequest(@Schema(required = true, maxLength = SecretTokens.MAX_LENGTH) String token,
            @Schema(required = true, minLength = PasswordPolicy.MIN_LENGTH, maxLength = PasswordPolicy.MAX_LENGTH) String newPassword) {
    }

    @EJB
    Registration registration;

    @EJB
    EmailLinks emailLinks;

    @EJB
    Authentication authentication;

    @EJB
    SessionTokens sessions;

    @Context
    HttpServletRequest request;

    @POST
    @Path("register")
    @Operation(summary = "Open a customer account")
    @APIResponse(responseCode = "201", description = "The new account; a verification link is mailed, and it cannot log in before that link is opened")
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "409", description = "The e-mail address is already registered")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; errors lists each one")
    @APIResponseSchema(value = AccountView.class, responseCode = "201")
    public Response register(RegisterRequest body) {
        RegisterRequest given = body == null ? new RegisterRequest(null, null, null) : body;
        AccountView account = registration.registerCustomer(given.email(), given.password(), given.name(),
                request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(account).build();
    }

    @POST
    @Path("login")
    @Operation(summary = "Exchange an e-mail address and password for a 15-minute access token (RS256 JWT)")
    @APIResponse(responseCode = "200", description = "accessToken (Bearer, expiresIn seconds) and a refreshToken")
    @APIResponse(responseCode = "401", description = "Wrong e-mail address or password, or a disabled account")
    @APIResponse(responseCode = "403", description = "The password is right but the e-mail address is not verified yet")
    @APIResponse(responseCode = "422", description = "A field is missing")
    public AccessTokenView login(LoginRequest body) {
        LoginRequest given = body == null ? new LoginRequest(null, null) : body;
        return authentication.login(given.email(), given.password(), request.getRemoteAddr());
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Trade a refresh token for a new access token and a new refresh token")
    @APIResponse(responseCode = "200", description = "The new tokens; the one sent is used up")
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or already used (which revokes its whole family)")
    public AccessTokenView refresh(RefreshRequest body) {
        return sessions.refresh(body == null ? null : body.refreshToken(), request.getRemoteAddr());
    }

    @POST
    @Path("logout")
    @Operation(summary = "End the session a refresh token belongs to (its whole family is revoked)")
    @APIResponse(responseCode = "204", description = "Done, also when the token was unknown")
    public Response logout(RefreshRequest body) {
        sessions.end(body == null ? null : body.refreshToken(), request.getRemoteAddr());
        return Response.noContent().build();
    }

    @POST
    @Path("verification-mail")
    @Operation(summary = "Mail a new e-mail verification link")
    @APIResponse(responseCode = "202", description = "Sent if the address has an account that still needs verifying; the answer is the same either way")
    @APIResponse(responseCode = "422", description = "The address is missing or malformed")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    public Response requestVerificationMail(EmailRequest body) {
        emailLinks.requestVerificationMail(body == null ? null : body.email(), request.getRemoteAddr());
        return Response.accepted().build();
    }

    @POST
    @Path("verify-email")
    @Operation(summary = "Verify an e-mail address with the token from the mailed link")
    @APIResponse(responseCode = "204", description = "Verified; the account can log in")
    @APIResponse(responseCode = "422", description = "The token is missing, unknown, used or expired")
    public Response verifyEmail(TokenRequest body) {
        emailLinks.verifyEmail(body == null ? null : body.token(), request.getRemoteAddr());
        return Response.noContent().build();
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Mail a password-reset link (valid once, for 30 minutes)")
    @APIResponse(responseCode = "202", description = "Sent if the address has an active account; the answer is the same either way")
    @APIResponse(responseCode = "422", description = "The address is missing or malformed")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    public Response requestPasswordReset(EmailRequest body) {
        emailLinks.requestPasswordReset(body == null ? null : body.email(), request.getRemoteAddr());
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset/confirm")
    @Operation(summary = "Set a new password with the token from the mailed link; ends every session of the account")
    @APIResponse(responseCode = "204", description = "The new password is set")
    @APIResponse(responseCode = "422", description = "The token is missing, unknown, used or expired, or the password breaks a rule")
    public Response resetPassword(PasswordResetRequest body) {
        PasswordResetRequest given = body == null ? new PasswordResetRequest(null, null) : body;
        emailLinks.resetPassword(given.token(), given.newPassword(), request.getRemoteAddr());
        return Response.noContent().build();
    }
}

package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.review.application.ReviewDetail;
import dev.bazaar.review.application.ShopReplies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A shop's public answer to a review of one of its products. */
@Path("vendor/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER"})
@RequestScoped
public class VendorReviewsResource {

    public record ReplyRequest(@Schema(required = true, maxLength = 2000, description = "Plain text, shown under the review") String text) {
    }

    @EJB
    ShopReplies replies;

    @POST
    @Path("{id: [0-9]{1,18}}/reply")
    @Operation(summary = "Answer a shown review of your shop's product, once and in public (owner or manager)")
    @APIResponse(responseCode = "403", description = "The review is of another shop's product, or your role may not answer")
    @APIResponse(responseCode = "404", description = "No such review")
    @APIResponse(responseCode = "409", description = "Your shop answered it already, or it is not shown")
    @APIResponse(responseCode = "422", description = "No text, or one over 2000 characters")
    public ReviewDetail reply(@PathParam("id") long id, ReplyRequest body) {
        return replies.reply(id, body == null ? null : body.text());
    }
}

package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.review.application.HelpfulVotes;
import dev.bazaar.review.application.ShopperReviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Shoppers' say on other shoppers' reviews: helpful votes and reports of abuse, one of each per account. */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("CUSTOMER")
@RequestScoped
public class ReviewsResource {

    public record ReportRequest(@Schema(required = true, maxLength = 500) String reason) {
    }

    @EJB
    ShopperReviews reviews;

    @POST
    @Path("{id: [0-9]{1,18}}/votes")
    @Operation(summary = "Find a shown review helpful (once; not your own)")
    @APIResponse(responseCode = "200", description = "The review's helpful votes, yours included")
    @APIResponse(responseCode = "404", description = "No such review shown")
    @APIResponse(responseCode = "409", description = "The review is your own, or you voted for it already")
    public HelpfulVotes vote(@PathParam("id") long id) {
        return reviews.vote(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reports")
    @Operation(summary = "Report a shown review as abusive, saying why (once); admins see the reports in their queue")
    @APIResponse(responseCode = "204", description = "Reported")
    @APIResponse(responseCode = "404", description = "No such review shown")
    @APIResponse(responseCode = "409", description = "You reported it already")
    @APIResponse(responseCode = "422", description = "No reason, or one over 500 characters")
    public void report(@PathParam("id") long id, ReportRequest body) {
        reviews.report(id, body == null ? null : body.reason());
    }
}

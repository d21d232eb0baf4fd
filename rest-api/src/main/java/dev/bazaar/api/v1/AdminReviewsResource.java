package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.review.application.ReviewDetail;
import dev.bazaar.review.application.ReviewModeration;
import dev.bazaar.review.domain.ReviewState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Platform admins' review moderation: the queue by state, approval and hiding with a reason. */
@Path("admin/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminReviewsResource {

    public record HideRequest(@Schema(required = true, maxLength = 500) String reason) {
    }

    @EJB
    ReviewModeration moderation;

    @GET
    @Operation(summary = "Reviews in a state (PENDING when absent), oldest first, with their helpful votes and reports")
    @APIResponse(responseCode = "400", description = "page or size is not a valid number")
    public PageResponse<ReviewDetail> list(@Parameter(schema = @Schema(implementation = ReviewState.class)) @QueryParam("state") String state,
                                           @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return PageResponse.of(moderation.inState(EnumParameter.of(ReviewState.class, "state", state), Paging.of(page, size)), r -> r);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/approve")
    @Operation(summary = "Approve a pending or hidden review: it is shown and its rating counts for the product and the shop")
    @APIResponse(responseCode = "409", description = "The review is approved already")
    public ReviewDetail approve(@PathParam("id") long id) {
        return moderation.approve(id);
    }

    @POST
    @Path("{id: [0-9]{1,18}}/hide")
    @Operation(summary = "Hide a pending or approved review with a reason; an approved one leaves the ratings at once")
    @APIResponse(responseCode = "409", description = "The review is hidden already")
    @APIResponse(responseCode = "422", description = "No reason, or one over 500 characters")
    public ReviewDetail hide(@PathParam("id") long id, HideRequest body) {
        return moderation.hide(id, body == null ? null : body.reason());
    }
}

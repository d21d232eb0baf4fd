package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.review.application.ReviewDetail;
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
import jakarta.ws.rs.core.Response;

/** The lines of the caller's own orders: a delivered one can be reviewed, once. */
@Path("order-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("CUSTOMER")
@RequestScoped
public class OrderLinesResource {

    public record ReviewRequest(@Schema(required = true, minimum = "1", maximum = "5", description = "Stars, 1 to 5") Integer rating,
                                @Schema(required = true, maxLength = 120) String title,
                                @Schema(required = true, maxLength = 4000, description = "Plain text; markup is shown as typed") String text) {
    }

    @EJB
    ShopperReviews reviews;

    @POST
    @Path("{id: [0-9]{1,18}}/review")
    @Operation(summary = "Review a delivered line of one of your orders; the review waits for moderation before it is shown")
    @APIResponse(responseCode = "201", description = "The review, PENDING")
    @APIResponse(responseCode = "404", description = "You have no such order line")
    @APIResponse(responseCode = "409", description = "The line is not delivered yet, or you reviewed it already")
    @APIResponse(responseCode = "422", description = "rating is not 1 to 5, or title or text is missing or too long; errors lists each one")
    @APIResponseSchema(value = ReviewDetail.class, responseCode = "201")
    public Response review(@PathParam("id") long id, ReviewRequest body) {
        ReviewRequest given = body == null ? new ReviewRequest(null, null, null) : body;
        ReviewDetail written = reviews.write(id, given.rating(), given.title(), given.text());
        return Response.status(Response.Status.CREATED).entity(written).build();
    }
}

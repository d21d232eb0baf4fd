package dev.bazaar.api.v1;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.api.problem.BadRequestParameterException;
import dev.bazaar.kernel.Page;
import dev.bazaar.platform.application.DeadLetterListing;
import dev.bazaar.platform.application.DeadLetterView;
import dev.bazaar.platform.application.DeadLetters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The broker's dead-letter queue, for platform admins. A dead letter's {id} is its JMS message id
 * without the "ID:" prefix (an Artemis message id is "ID:" and a UUID), so it needs no escaping in a URL;
 * the id with its prefix is accepted too.
 */
@Path("admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminDeadLettersResource {

    /** A page of dead letters: totalItems counts at most 10,000; moreThanCounted says more wait behind them. */
    public record DeadLetterPage(List<DeadLetterView> items, int page, int size, long totalItems, int totalPages,
                                 boolean moreThanCounted) {

        static DeadLetterPage of(DeadLetterListing listing) {
            Page<DeadLetterView> page = listing.page();
            return new DeadLetterPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                    listing.moreThanCounted());
        }
    }

    @EJB
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "Messages consumers gave up on (Artemis's DLQ), oldest first, bodies cut to a 200-character preview;"
            + " eventId keeps one event's messages. totalItems counts at most 10,000 messages (moreThanCounted: more wait)")
    @APIResponse(responseCode = "400", description = "eventId is not a UUID, or page/size are not valid numbers")
    public DeadLetterPage list(@Parameter(description = "Only this event's messages", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("eventId") String eventId, @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
                               @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        return DeadLetterPage.of(deadLetters.list(eventId(eventId), Paging.of(page, size)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One dead letter with its whole body")
    @APIResponse(responseCode = "404", description = "No such message in the dead-letter queue")
    public DeadLetterView letter(@Parameter(description = "The JMS message id without its 'ID:' prefix") @PathParam("id") String id) {
        return deadLetters.letter(id);
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Send the message's body and application properties back to the queue it failed in (address::queue),"
            + " and to no other, taking it off the dead-letter queue in the same transaction; answers the message as it was")
    @APIResponse(responseCode = "200", description = "Sent back; origin says where")
    @APIResponse(responseCode = "404", description = "No such message in the dead-letter queue (perhaps replayed or discarded already)")
    @APIResponse(responseCode = "409", description = "It cannot go back: no queue recorded, not text, or no Bazaar consumer reads that queue")
    public DeadLetterView replay(@Parameter(description = "The JMS message id without its 'ID:' prefix") @PathParam("id") String id) {
        return deadLetters.replay(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Discard the message: take it off the dead-letter queue for good")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "No such message in the dead-letter queue")
    public Response discard(@Parameter(description = "The JMS message id without its 'ID:' prefix") @PathParam("id") String id) {
        deadLetters.discard(id);
        return Response.noContent().build();
    }

    private static UUID eventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestParameterException(Map.of("eventId", "must be an event id (a UUID), was '" + raw.strip() + "'"));
        }
    }
}

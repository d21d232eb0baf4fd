package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.catalog.application.SearchSynonyms;
import dev.bazaar.catalog.application.SynonymView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Platform admins keep search's synonyms; a change counts from the next search. */
@Path("admin/search/synonyms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminSearchSynonymsResource {

    /** Typing {@code term} also finds {@code synonym}; with {@code bothWays} the other way round too. */
    public record NewSynonym(@Schema(required = true, maxLength = SearchSynonyms.MAX_LENGTH, description = "One word") String term,
                             @Schema(required = true, maxLength = SearchSynonyms.MAX_LENGTH, description = "A word or a phrase (one word when both ways)") String synonym,
                             @Schema(description = "Either word finds both (default: one way)") Boolean bothWays) {
    }

    @EJB
    SearchSynonyms synonyms;

    @GET
    @Operation(summary = "Every synonym rule, by term")
    public List<SynonymView> list() {
        return synonyms.list();
    }

    @POST
    @Operation(summary = "Add a synonym rule: one way (tee → t-shirt) or both ways (sofa ⇄ couch)")
    @APIResponse(responseCode = "201", description = "The rule, applied from the next search")
    @APIResponse(responseCode = "409", description = "The rule exists")
    @APIResponse(responseCode = "422", description = "A missing, too long or malformed term or synonym (by field)")
    @APIResponseSchema(value = SynonymView.class, responseCode = "201")
    public Response add(NewSynonym body) {
        NewSynonym given = body == null ? new NewSynonym(null, null, null) : body;
        SynonymView added = synonyms.add(given.term(), given.synonym(), Boolean.TRUE.equals(given.bothWays()));
        return Response.created(URI.create("v1/admin/search/synonyms/" + added.id())).entity(added).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Remove a synonym rule; searches stop applying it at once")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such rule")
    public Response remove(@PathParam("id") long id) {
        synonyms.remove(id);
        return Response.noContent().build();
    }
}

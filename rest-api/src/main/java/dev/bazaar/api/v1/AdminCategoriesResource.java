package dev.bazaar.api.v1;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.catalog.application.CategoryAdministration;
import dev.bazaar.catalog.application.CategoryView;
import dev.bazaar.kernel.Slug;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Platform admins keep the category tree; everyone reads it at {@code GET /api/v1/categories}. */
@Path("admin/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminCategoriesResource {

    /** A new category: its name, its slug (the /c/… address) and its parent's slug (absent: at the top). */
    public record NewCategory(@Schema(required = true, maxLength = 120) String name, @Schema(maxLength = Slug.MAX_LENGTH) String slug,
                              @Schema(maxLength = Slug.MAX_LENGTH, description = "The parent category's slug") String parent) {
    }

    /**
     * A change: a new name, and/or a new place. {@code parent} moves it; an empty string moves it to the
     * top. Absent fields stay as they are.
     */
    public record CategoryChange(@Schema(maxLength = 120) String name,
                                 @Schema(maxLength = Slug.MAX_LENGTH, description = "The parent category's slug") String parent) {
    }

    @EJB
    CategoryAdministration categories;

    @POST
    @Operation(summary = "Create a category, after its siblings")
    @APIResponse(responseCode = "201", description = "The category")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "422", description = "No name, a bad slug, or an unknown parent")
    @APIResponseSchema(value = CategoryView.class, responseCode = "201")
    public Response create(NewCategory body) {
        NewCategory given = body == null ? new NewCategory(null, null, null) : body;
        CategoryView created = categories.create(given.name(), given.slug(), given.parent());
        return Response.created(URI.create("v1/categories")).entity(created).build();
    }

    @PATCH
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Rename a category and/or move it (never into its own subtree)")
    @APIResponse(responseCode = "404", description = "No such category")
    @APIResponse(responseCode = "409", description = "The move would put the category inside itself")
    @APIResponse(responseCode = "422", description = "An empty name, an unknown parent, or nothing to change")
    public CategoryView change(@PathParam("id") long id, CategoryChange body) {
        CategoryChange given = body == null ? new CategoryChange(null, null) : body;
        return categories.change(id, given.name(), given.parent());
    }
}

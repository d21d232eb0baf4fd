package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.media.application.ImageLibrary;
import dev.bazaar.media.domain.Rendition;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Published pictures for anyone: a rendition's bytes never change (a new picture gets a new id), so
 * browsers and CDNs may keep them for a year without asking again; an If-None-Match that still
 * matches is a 304.
 */
@Path("images")
@PermitAll
@RequestScoped
public class ImagesResource {

    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    @EJB
    ImageLibrary library;

    @Context
    Request request;

    @GET
    @Path("{id: [0-9]{1,18}}/{size}")
    @Operation(summary = "A published picture: size 'large' (at most 1600 px) or 'thumb' (at most 400 px)")
    @APIResponse(responseCode = "200", description = "The picture, JPEG or PNG, cacheable for a year", content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "The copy the client holds is current")
    @APIResponse(responseCode = "404", description = "No such picture or size, or not published")
    public Response image(@PathParam("id") long id, @PathParam("size") String size) {
        Rendition rendition = library.published(id, size);
        EntityTag tag = new EntityTag(rendition.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(rendition.content(), rendition.contentType()).header("Content-Length", rendition.content().length);
        return answer.tag(tag).cacheControl(FOREVER).header("X-Content-Type-Options", "nosniff").build();
    }
}

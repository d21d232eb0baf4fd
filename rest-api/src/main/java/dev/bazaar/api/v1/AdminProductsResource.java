package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.ProductModeration;
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

/** Platform admins' product review: the queue, approval (publishes the product) and rejection. */
@Path("admin/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("PLATFORM_ADMIN")
@RequestScoped
public class AdminProductsResource {

    public record ReasonRequest(String reason) {
    }

    @EJB
    ProductModeration moderation;

    @GET
    @Operation(summary = "Products waiting for review, oldest submission first")
    public PageResponse<ProductResponse> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(moderation.queue(Paging.of(page, size)), ProductResponse::of);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Any product, whatever its status")
    public ProductDetailResponse product(@PathParam("id") long id) {
        return ProductDetailResponse.of(moderation.product(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/approve")
    @Operation(summary = "Approve a product under review: it becomes ACTIVE and product.published goes out")
    @APIResponse(responseCode = "409", description = "The product is not under review")
    public ProductDetailResponse approve(@PathParam("id") long id) {
        return ProductDetailResponse.of(moderation.approve(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/reject")
    @Operation(summary = "Reject a product under review, with the reason the vendor reads")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ProductDetailResponse reject(@PathParam("id") long id, ReasonRequest body) {
        return ProductDetailResponse.of(moderation.reject(id, body == null ? null : body.reason()));
    }
}

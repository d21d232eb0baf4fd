package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.ProductModeration;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    public record ReasonRequest(@Schema(required = true, maxLength = 2000) String reason) {
    }

    public record FeaturedRequest(@Schema(required = true) Boolean featured) {
    }

    @EJB
    ProductModeration moderation;

    @GET
    @Operation(summary = "Products waiting for review, oldest submission first; with status (or q), every product "
            + "in that status (any, with q alone) whose name contains q, by name")
    @APIResponse(responseCode = "400", description = "page, size or status is not valid")
    public PageResponse<ProductResponse> queue(@Parameter(schema = @Schema(implementation = ProductStatus.class)) @QueryParam("status") String status, @QueryParam("q") String q,
                                               @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = Paging.of(page, size);
        if (status == null && q == null) {
            return PageResponse.of(moderation.queue(paging), ProductResponse::of);
        }
        return PageResponse.of(moderation.products(EnumParameter.of(ProductStatus.class, "status", status), q, paging),
                ProductResponse::of);
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
    @APIResponse(responseCode = "409", description = "The product is not under review")
    @APIResponse(responseCode = "422", description = "No reason given")
    public ProductDetailResponse reject(@PathParam("id") long id, ReasonRequest body) {
        return ProductDetailResponse.of(moderation.reject(id, body == null ? null : body.reason()));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/featured")
    @Operation(summary = "Feature an active product on the storefront's home page (true), or stop (false)")
    @APIResponse(responseCode = "409", description = "The product is not ACTIVE")
    @APIResponse(responseCode = "422", description = "featured is missing")
    public ProductDetailResponse feature(@PathParam("id") long id, FeaturedRequest body) {
        if (body == null || body.featured() == null) {
            throw new InvalidInputException("featured", "is required: true or false");
        }
        return ProductDetailResponse.of(moderation.feature(id, body.featured()));
    }
}

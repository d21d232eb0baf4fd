package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductQuery;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductsResource {

    @EJB
    ProductCatalog catalog;

    @GET
    @Operation(summary = "List products, a page at a time, ordered by name")
    @APIResponse(responseCode = "200", description = "A page of products")
    @APIResponse(responseCode = "400", description = "page or size is not a valid number")
    public PageResponse<ProductResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(catalog.list(ProductQuery.all(), Paging.of(page, size)), ProductResponse::of);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One product by id, with its variants (price, options, availability)")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No such product, or not active in an approved shop")
    public ProductDetailResponse product(@PathParam("id") long id) {
        return ProductDetailResponse.of(catalog.productDetail(id));
    }
}

package dev.bazaar.api.v1;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.SearchQuery;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.review.application.ProductReviews;
import dev.bazaar.review.application.ReviewSort;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProductsResource {

    @EJB
    ProductCatalog catalog;

    @EJB
    ProductSearch search;

    @EJB
    ProductReviews reviews;

    @GET
    @Operation(summary = "Search and list products, a page at a time, with facets",
            description = "Query parameters, all optional, the same as the storefront's /search and /c/{slug}: "
                    + "q (words; the last one may be the start of a word; a word the catalog does not have is corrected, one typo from 5 letters, two from 9, and didYouMean says so), exact=true (no corrections), category (slug, subcategories included), "
                    + "brand, vendor (shop slug) and attr (name:value) — repeatable, any of several values — "
                    + "currency (only products priced in it: a cart holds one currency) with minPrice and/or maxPrice (decimal), inStock=true, "
                    + "sort (relevance, newest, price-asc, price-desc, name; relevance with q, else newest), page, size.")
    @APIResponse(responseCode = "200", description = "A page of products and the facets of the whole result")
    @APIResponse(responseCode = "400", description = "page or size is not a valid number")
    @APIResponse(responseCode = "422", description = "A filter is malformed (by field), or the category is unknown")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "A category's slug", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "brand", in = ParameterIn.QUERY, description = "Brands, any of them", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "vendor", in = ParameterIn.QUERY, description = "Shop slugs, any of them", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "attr", in = ParameterIn.QUERY, description = "Attributes as name:value, any of them", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "currency", in = ParameterIn.QUERY, description = "ISO 4217 code: only products priced in it; required with a price range", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{3}$"))
    @Parameter(name = "minPrice", in = ParameterIn.QUERY, description = "Lowest price, a decimal in the currency", schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
    @Parameter(name = "maxPrice", in = ParameterIn.QUERY, description = "Highest price, a decimal in the currency", schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
    @Parameter(name = "exact", in = ParameterIn.QUERY, description = "true: the words as typed, no typo corrected", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "inStock", in = ParameterIn.QUERY, description = "true: only what can be bought now", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "newest", "price-asc", "price-desc", "name"}))
    public SearchResponse list(@Context UriInfo uri, @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = Paging.of(page, size);
        return SearchResponse.of(search.search(SearchQuery.parse(uri.getQueryParameters()), paging),
                uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("exact", "true").build());
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One product by id, with its variants (price, options, availability)")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No such product, or not active in an approved shop")
    public ProductDetailResponse product(@PathParam("id") long id) {
        return ProductDetailResponse.of(catalog.productDetail(id));
    }

    @GET
    @Path("{id: [0-9]{1,18}}/reviews")
    @Operation(summary = "A product's rating (average, count, how many gave each star) and a page of its approved reviews",
            description = "Every review comes from a delivered order (verifiedPurchase); the shop's reply comes with it. "
                    + "sort: newest (default), helpful (most helpful votes first) or lowest (fewest stars first).")
    @APIResponse(responseCode = "404", description = "No such product, or not on sale")
    @APIResponse(responseCode = "422", description = "sort is not newest, helpful or lowest")
    public ProductReviewsResponse reviews(@PathParam("id") long id,
                                          @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"newest", "helpful", "lowest"})) @QueryParam("sort") String sort,
                                          @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = Paging.of(page, size);
        return ProductReviewsResponse.of(reviews.of(id, ReviewSort.parse(sort), paging));
    }
}

package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.SearchSuggestion;
import dev.bazaar.catalog.application.ShopQuery;
import dev.bazaar.catalog.application.ShopSearch;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {

    @EJB
    ProductSearch search;

    @EJB
    ShopSearch shopSearch;

    @GET
    @Path("suggestions")
    @Operation(summary = "Up to eight product names for what a shopper has typed (two characters or more); typos tolerated")
    @APIResponse(responseCode = "200", description = "Suggestions, best first (an empty list for under two characters)")
    @APIResponse(responseCode = "422", description = "q is longer than 200 characters")
    public List<SearchSuggestion> suggestions(@QueryParam("q") String q) {
        return search.suggestions(q);
    }

    @GET
    @Path("shops")
    @Operation(summary = "Search approved shops by name, place (the cities they ship from, their country) and description, a page at a time",
            description = "q: words, every one must match, the last one may be the start of a word; a word the shops do not have is corrected "
                    + "(one typo from 5 letters, two from 9) and didYouMean says so; the admins' synonyms apply. Without q, every shop by name. "
                    + "exact=true: the words as typed. Ranked: words as typed first, then name, place, description. Each shop carries its rating (average and count of approved reviews), absent without one.")
    @APIResponse(responseCode = "200", description = "A page of shops")
    @APIResponse(responseCode = "400", description = "page or size is not a valid number")
    @APIResponse(responseCode = "422", description = "q is longer than 200 characters or exact is not true or false (by name)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words to find", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(name = "exact", in = ParameterIn.QUERY, description = "true: the words as typed, no typo corrected", schema = @Schema(type = SchemaType.BOOLEAN))
    public ShopSearchResponse shops(@Context UriInfo uri, @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = Paging.of(page, size);
        return ShopSearchResponse.of(shopSearch.search(ShopQuery.parse(uri.getQueryParameters()), paging),
                uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("exact", "true").build());
    }
}

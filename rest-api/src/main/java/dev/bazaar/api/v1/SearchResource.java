package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.SearchSuggestion;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {

    @EJB
    ProductSearch search;

    @GET
    @Path("suggestions")
    @Operation(summary = "Up to eight product names for what a shopper has typed (two characters or more); typos tolerated")
    @APIResponse(responseCode = "200", description = "Suggestions, best first (an empty list for under two characters)")
    @APIResponse(responseCode = "422", description = "q is longer than 200 characters")
    public List<SearchSuggestion> suggestions(@QueryParam("q") String q) {
        return search.suggestions(q);
    }
}

package dev.bazaar.api.v1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.bazaar.catalog.application.CategoryView;
import dev.bazaar.catalog.application.ProductCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CategoriesResource {

    @EJB
    ProductCatalog catalog;

    @GET
    @Operation(summary = "The category tree, flat: each category names its parent's slug (null at the top)")
    public List<CategoryView> categories() {
        return catalog.categories();
    }
}

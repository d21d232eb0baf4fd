package dev.bazaar.api.v1;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import dev.bazaar.api.problem.Problem;
import dev.bazaar.catalog.application.ImportReport;
import dev.bazaar.catalog.application.ProductBulkActions;
import dev.bazaar.catalog.application.ProductImport;
import dev.bazaar.catalog.application.ProductInput;
import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.VariantInput;
import dev.bazaar.catalog.application.VendorProducts;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.RichText;
import dev.bazaar.kernel.Slug;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's own shop's products (vendor roles only; the shop is the one the account works for):
 * drafts with variants and pictures, edits, submission for review, archiving.
 */
@Path("vendor/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
@RequestScoped
public class VendorProductsResource {

    /** A product with its first variants, as an app creates it. */
    public record ProductRequest(@Schema(required = true, maxLength = 200) String name, @Schema(maxLength = Slug.MAX_LENGTH) String slug,
                                 @Schema(maxLength = RichText.MAX_LENGTH) String description, @Schema(maxLength = 120) String brand,
                                 @Schema(maxLength = Slug.MAX_LENGTH) String categorySlug,
                                 @Schema(maxItems = 20) List<ProductInput.AttributeInput> attributes,
                                 @Schema(maxItems = 100) List<VariantInput> variants) {

        ProductInput input() {
            return new ProductInput(name, slug, description, brand, categorySlug, attributes);
        }
    }

    @EJB
    VendorProducts products;

    @EJB
    ProductImport importer;

    @EJB
    ProductBulkActions bulk;

    @GET
    @Operation(summary = "Your shop's products, any status, a page at a time")
    @APIResponse(responseCode = "400", description = "Unknown status, or page/size not a number")
    public PageResponse<ProductResponse> list(@QueryParam("q") String search, @Parameter(schema = @Schema(implementation = ProductStatus.class)) @QueryParam("status") String status,
                                              @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") String page, @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        ProductStatus wanted = EnumParameter.of(ProductStatus.class, "status", status);
        ProductQuery query = ProductQuery.backOffice(search, null, wanted, ProductQuery.SortField.UPDATED, true);
        return PageResponse.of(products.list(query, Paging.of(page, size)), ProductResponse::of);
    }

    @POST
    @Operation(summary = "Create a product as a DRAFT, with at least one variant")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "403", description = "Your role may not change products (staff), or you work for no shop")
    @APIResponse(responseCode = "409", description = "The slug or a SKU is taken")
    @APIResponse(responseCode = "422", description = "A field breaks a rule (price, currency, category...); errors lists each one")
    @APIResponseSchema(value = ProductDetailResponse.class, responseCode = "201")
    public Response create(ProductRequest body) {
        ProductRequest given = body == null ? new ProductRequest(null, null, null, null, null, null, null) : body;
        var created = products.create(given.input(), given.variants());
        return Response.created(URI.create("v1/vendor/products/" + created.id())).entity(ProductDetailResponse.of(created)).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import products, variants and stock counts from CSV (UTF-8, header line, one line per variant):"
            + " product_slug, name, brand, category, description, sku, options, price, compare_at_price, weight_grams,"
            + " low_stock_threshold, location, on_hand. All lines or none.")
    @APIResponse(responseCode = "200", description = "Everything was written; the counts of what was created and updated")
    @APIResponse(responseCode = "403", description = "Staff may not import")
    @APIResponse(responseCode = "422", description = "Nothing was written: each problem by line and column (errors), or the file is unreadable")
    @APIResponseSchema(value = ImportReport.class, responseCode = "200")
    public Response importCsv(InputStream body) {
        byte[] file;
        try (body) {
            file = body.readNBytes(ProductImport.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read: the upload broke off");
        }
        ImportReport report = importer.importCsv(file);
        if (!report.imported()) {
            return Problem.unprocessable("Nothing was imported: " + report.errors().size() + " problem(s) in the file",
                    report.errors().stream().map(e -> new Problem.FieldError("line " + e.line() + " " + e.column(), e.message())).toList());
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "One of your products, with variants and stock available")
    @APIResponse(responseCode = "404", description = "No such product in your shop")
    public ProductDetailResponse product(@PathParam("id") long id) {
        return ProductDetailResponse.of(products.product(id));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Change a product's details (name, slug, description, brand, category, attributes)")
    @APIResponse(responseCode = "409", description = "The slug or SKU is taken")
    public ProductDetailResponse update(@PathParam("id") long id, ProductRequest body) {
        ProductRequest given = body == null ? new ProductRequest(null, null, null, null, null, null, null) : body;
        return ProductDetailResponse.of(products.update(id, given.input()));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/variants")
    @Operation(summary = "Add a variant")
    @APIResponse(responseCode = "409", description = "The SKU is taken in your shop")
    public ProductDetailResponse addVariant(@PathParam("id") long id, VariantInput body) {
        return ProductDetailResponse.of(products.addVariant(id, orEmpty(body)));
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/variants/{variantId: [0-9]{1,18}}")
    @Operation(summary = "Change a variant (SKU, options, price, compare-at price, weight, low-stock threshold)")
    @APIResponse(responseCode = "409", description = "The slug or SKU is taken")
    public ProductDetailResponse changeVariant(@PathParam("id") long id, @PathParam("variantId") long variantId, VariantInput body) {
        return ProductDetailResponse.of(products.changeVariant(id, variantId, orEmpty(body)));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/variants/{variantId: [0-9]{1,18}}")
    @Operation(summary = "Remove a variant (not the last one)")
    @APIResponse(responseCode = "409", description = "The product is not in a state that allows this (or it is its last variant)")
    public ProductDetailResponse removeVariant(@PathParam("id") long id, @PathParam("variantId") long variantId) {
        return ProductDetailResponse.of(products.removeVariant(id, variantId));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/submit")
    @Operation(summary = "Send a draft (or a fixed rejected product) for review")
    @APIResponse(responseCode = "409", description = "The product is not a draft or rejected")
    public ProductDetailResponse submit(@PathParam("id") long id) {
        return ProductDetailResponse.of(products.submitForReview(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/archive")
    @Operation(summary = "Take a product off sale")
    @APIResponse(responseCode = "409", description = "The product is not in a state that allows this (or it is its last variant)")
    public ProductDetailResponse archive(@PathParam("id") long id) {
        return ProductDetailResponse.of(products.archive(id));
    }

    @POST
    @Path("{id: [0-9]{1,18}}/restore")
    @Operation(summary = "Make an archived product a draft again")
    @APIResponse(responseCode = "409", description = "The product is not in a state that allows this (or it is its last variant)")
    public ProductDetailResponse restore(@PathParam("id") long id) {
        return ProductDetailResponse.of(products.restore(id));
    }

    /** A selection of your shop's products for a bulk action. */
    public record ProductSelection(@Schema(required = true, maxItems = ProductBulkActions.MAX_SELECTION) List<Long> ids) {
    }

    @POST
    @Path("bulk/submit")
    @Operation(summary = "Send many drafts (or fixed rejected products) for review in one go; answers which were sent"
            + " and which were refused, with the reason (another shop's ids are refused as unknown, and nothing of theirs changes)")
    @APIResponse(responseCode = "422", description = "No ids, or more than 500")
    @APIResponse(responseCode = "403", description = "Staff may not change products")
    public BulkOutcome submitAll(ProductSelection body) {
        return bulk.publish(body == null ? null : body.ids());
    }

    @POST
    @Path("bulk/archive")
    @Operation(summary = "Take many products off sale in one go; answers which were archived and which were refused, with the reason")
    @APIResponse(responseCode = "422", description = "No ids, or more than 500")
    @APIResponse(responseCode = "403", description = "Staff may not change products")
    public BulkOutcome archiveAll(ProductSelection body) {
        return bulk.archive(body == null ? null : body.ids());
    }

    /** Where a picture goes in the gallery, and what it shows; either may be left out. */
    public record ImageChange(Integer position, @Schema(maxLength = 200) String altText) {
    }

    @POST
    @Path("{id: [0-9]{1,18}}/images")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a picture to the gallery: multipart parts 'file' (JPEG, PNG or GIF, at most 5 MB) and optional 'altText'")
    @APIResponse(responseCode = "201", description = "The product with its gallery; the new picture is last")
    @APIResponse(responseCode = "409", description = "The gallery is full (12 pictures)")
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data")
    @APIResponse(responseCode = "422", description = "No file, an empty or oversize file, not a picture, or too many pixels")
    @APIResponseSchema(value = ProductDetailResponse.class, responseCode = "201")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "JPEG, PNG or GIF, at most 5 MB"),
                @SchemaProperty(name = "altText", type = SchemaType.STRING, maxLength = 200)})))
    public Response addImage(@PathParam("id") long id, List<EntityPart> parts) {
        Multipart.Upload file = Multipart.picture(parts, "file");
        var product = products.addImage(id, file.content(), file.fileName(), Multipart.text(parts, "altText"));
        return Response.status(Response.Status.CREATED).entity(ProductDetailResponse.of(product)).build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/images/{imageId: [0-9]{1,18}}")
    @Operation(summary = "Move a picture (position 0 is the main picture) and/or change its alt text")
    public ProductDetailResponse changeImage(@PathParam("id") long id, @PathParam("imageId") long imageId, ImageChange body) {
        ImageChange given = body == null ? new ImageChange(null, null) : body;
        return ProductDetailResponse.of(products.changeImage(id, imageId, given.position(), given.altText()));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}/images/{imageId: [0-9]{1,18}}")
    @Operation(summary = "Remove a picture from the gallery")
    public ProductDetailResponse removeImage(@PathParam("id") long id, @PathParam("imageId") long imageId) {
        return ProductDetailResponse.of(products.removeImage(id, imageId));
    }

    private static VariantInput orEmpty(VariantInput body) {
        return body == null ? new VariantInput(null, null, null, null, null, null, null) : body;
    }
}

package dev.bazaar.api.v1;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import dev.bazaar.api.problem.Problem;
import dev.bazaar.api.problem.RequestLimits;
import dev.bazaar.catalog.application.ProductImport;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Completes the OpenAPI document from the resource methods themselves, so that it says what the
 * server does: the bearer scheme on every operation whose method needs a role ({@code @RolesAllowed};
 * none on public ones), the schemas of request bodies and success answers from the Java types JSON-B
 * reads and writes ({@link TypeSchemas}; a method answering a {@link Response} names its body with
 * {@code @APIResponseSchema}), a success code where a method declares none, and the refusals every
 * operation of a kind can answer, each a problem+json: 400 (a malformed query or body), 401 and 403
 * (no token, a role that may not), 404 (an unknown id in the path), 413 and 415 (a body too large or
 * of another type), 422 (a rule broken; control characters in a query parameter), 429 (too many
 * requests) and 503 (a service Bazaar depends on is down). Codes an operation's method declares itself
 * keep their description. Registered as {@code mp.openapi.filter} in microprofile-config.properties.
 */
public class ApiDocument implements OASFilter {

    static final String BEARER = "bearer";

    /** Every resource of the API; the contract test fails on an operation this list misses (it has no security). */
    static final List<Class<?>> RESOURCES = List.of(AddressesResource.class, AdminAnalyticsResource.class,
            AdminCategoriesResource.class, AdminMoneyResource.class, AdminCouponsResource.class, AdminDeadLettersResource.class,
            AdminOrdersResource.class, AdminPaymentsResource.class, AdminProductsResource.class, AdminReviewsResource.class,
            AdminSearchAnalyticsResource.class, AdminSearchSynonymsResource.class,
            AdminShippingRatesResource.class, AdminTaxRatesResource.class, AdminVendorsResource.class, AuthResource.class,
            CartResource.class, CategoriesResource.class, CheckoutResource.class, GuestCheckoutResource.class,
            GuestOrdersResource.class, ImagesResource.class, MeResource.class,
            OrderLinesResource.class, OrdersResource.class, ProductsResource.class, ReviewsResource.class, SearchResource.class, ShopInvitationsResource.class,
            StripeWebhookResource.class, VendorAnalyticsResource.class, VendorBalanceResource.class, VendorCouponsResource.class,
            VendorLedgerResource.class, VendorOrdersResource.class, VendorProductsResource.class, VendorReviewsResource.class, VendorShippingRatesResource.class,
            VendorShopResource.class, VendorStatementsResource.class, VendorStockResource.class, VendorStripeAccountResource.class,
            VendorTransfersResource.class,
            VendorsResource.class);

    private static final Set<String> ALL_ROLES = Set.of("PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER");

    private static final Map<String, String> REFUSALS = new LinkedHashMap<>();

    static {
        REFUSALS.put("400", "The body is not JSON of this shape, or a query parameter or the query string is malformed; errors names it");
        REFUSALS.put("401", "No access token, or one that is expired, forged or revoked");
        REFUSALS.put("403", "Your role may not do this");
        REFUSALS.put("404", "No such resource (or not one you may see)");
        REFUSALS.put("413", "The body is over its size limit");
        REFUSALS.put("415", "The body is not of the media type this operation takes");
        REFUSALS.put("422", "A field or query parameter breaks a rule; errors lists each one");
        REFUSALS.put("429", "Too many requests from this client; try again after Retry-After seconds");
        REFUSALS.put("503", "A service Bazaar depends on (database, broker) is unavailable; try again later");
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        TypeSchemas schemas = new TypeSchemas();
        Schema problem = schemas.of(Problem.class);
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                PathItem item = document.getPaths().getPathItem(path(resource, method));
                Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
                if (operation != null) {
                    complete(operation, resource, method, schemas, problem);
                }
            }
        }
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().setSchemas(schemas.components());
        document.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("The accessToken from POST /api/v1/auth/login (15 minutes; renew with POST /api/v1/auth/refresh)"));
    }

    private static void complete(Operation operation, Class<?> resource, Method method, TypeSchemas schemas, Schema problem) {
        Set<String> roles = roles(resource, method);
        if (roles.isEmpty()) {
            operation.setSecurity(List.of());
        } else {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER)));
            operation.addExtension("x-roles", roles.stream().sorted().toList());
        }
        Parameter body = entity(method);
        if (body != null) {
            requestBody(operation, resource, method, body, schemas);
        }
        typeParameters(operation, method, schemas);
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        success(responses, resource, method, schemas);
        boolean hasQuery = Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(QueryParam.class))
                || operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
        boolean hasPathParameter = Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(PathParam.class));
        refuse(responses, "400", problem);
        if (!roles.isEmpty()) {
            refuse(responses, "401", problem);
            if (!roles.containsAll(ALL_ROLES)) {
                refuse(responses, "403", problem);
            }
        }
        if (hasPathParameter) {
            refuse(responses, "404", problem);
        }
        if (body != null) {
            refuse(responses, "413", problem);
            refuse(responses, "415", problem);
        }
        if (body != null || hasQuery || hasPathParameter) {
            refuse(responses, "422", problem);
        }
        refuse(responses, "429", problem);
        refuse(responses, "503", problem);
        if (!roles.isEmpty()) {
            // the container refuses a missing or bad token before any resource runs: no body, only WWW-Authenticate
            responses.getAPIResponse("401").description(REFUSALS.get("401") + ". Refused by the server before the operation"
                    + " runs, it has no body and says why in WWW-Authenticate; an account that cannot be used any more gets the problem")
                    .addHeader("WWW-Authenticate", OASFactory.createHeader().schema(OASFactory.createSchema().type(SchemaType.STRING)));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE.toString(),
                        OASFactory.createMediaType().schema(problem)));
            }
        });
    }

    private static void refuse(APIResponses responses, String code, Schema problem) {
        if (responses.getAPIResponse(code) == null) {
            APIResponse refusal = OASFactory.createAPIResponse().description(REFUSALS.get(code));
            if (code.equals("429")) {
                refusal.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER)));
            }
            responses.addAPIResponse(code, refusal);
        }
    }

    /** The success answer: the code the method declares (200, or 204 for nothing), with the schema of what it returns. */
    private static void success(APIResponses responses, Class<?> resource, Method method, TypeSchemas schemas) {
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        Type answer = declared != null ? declared.value()
                : method.getReturnType() == Response.class || method.getReturnType() == void.class ? null
                : method.getGenericReturnType();
        boolean anySuccess = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (!anySuccess) {
            responses.addAPIResponse(answer == null ? "204" : "200", OASFactory.createAPIResponse()
                    .description(answer == null ? "Done" : "OK"));
        }
        String mediaType = produces(resource, method);
        responses.getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204") || code.equals("202")) {
                return;
            }
            if (answer != null && (declared == null || declared.responseCode().isEmpty() || declared.responseCode().equals(code)
                    || code.equals("200"))) {
                response.setContent(content(mediaType, schemas.of(answer)));
            } else if (!mediaType.startsWith(MediaType.APPLICATION_JSON)) {
                response.setContent(content(mediaType, OASFactory.createSchema().type(SchemaType.STRING)
                        .format(mediaType.startsWith("image") ? "binary" : null)));
            }
        });
    }

    private static void requestBody(Operation operation, Class<?> resource, Method method, Parameter body, TypeSchemas schemas) {
        if (isMultipart(body)) {
            return; // its parts are described on the method (@RequestBody)
        }
        String[] consumed = consumes(resource, method);
        // a body read whole (a CSV file, a webhook's payload) is as long as the server reads
        Schema schema = body.getType() == InputStream.class || body.getType() == String.class
                ? OASFactory.createSchema().type(SchemaType.STRING).maxLength(
                        Arrays.asList(consumed).contains("text/csv") ? ProductImport.MAX_BYTES : RequestLimits.JSON_LIMIT)
                : schemas.of(body.getParameterizedType());
        Content content = OASFactory.createContent();
        for (String type : consumed) {
            content.addMediaType(type, OASFactory.createMediaType().schema(schema));
        }
        RequestBody request = operation.getRequestBody() == null ? OASFactory.createRequestBody() : operation.getRequestBody();
        // an absent body reads as "nothing given": the server names each missing field in a 422
        operation.setRequestBody(request.content(content).required(false));
    }

    /** Query parameters declared with an enum ({@code @Parameter(schema = @Schema(implementation = X.class))}) list its values. */
    private static void typeParameters(Operation operation, Method method, TypeSchemas schemas) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            var described = parameter.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
            if (query == null || described == null || !described.schema().implementation().isEnum()) {
                continue;
            }
            operation.getParameters().stream().filter(p -> p.getName().equals(query.value())).forEach(p -> p.setSchema(
                    schemas.of(described.schema().implementation())));
        }
    }

    private static Content content(String mediaType, Schema schema) {
        return OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
    }

    private static boolean isMultipart(Parameter body) {
        return body.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == jakarta.ws.rs.core.EntityPart.class;
    }

    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of(method.getAnnotation(RolesAllowed.class).value());
        }
        if (method.isAnnotationPresent(PermitAll.class) || !resource.isAnnotationPresent(RolesAllowed.class)) {
            return Set.of();
        }
        return Set.of(resource.getAnnotation(RolesAllowed.class).value());
    }

    private static Parameter entity(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean bound = Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType).anyMatch(type ->
                    type == PathParam.class || type == QueryParam.class || type == HeaderParam.class || type == Context.class
                            || type == BeanParam.class || type == FormParam.class || type == CookieParam.class
                            || type == MatrixParam.class);
            if (!bound) {
                return parameter;
            }
        }
        return null;
    }

    private static String produces(Class<?> resource, Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : resource.getAnnotation(Produces.class);
        return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
    }

    private static String[] consumes(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes == null || consumes.value()[0].equals(MediaType.WILDCARD) ? new String[] {MediaType.APPLICATION_JSON}
                : consumes.value();
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** The document's path of a resource method: /v1/ and the paths of class and method, regular expressions left out. */
    static String path(Class<?> resource, Method method) {
        String path = "/v1/" + resource.getAnnotation(Path.class).value();
        if (method.isAnnotationPresent(Path.class)) {
            path += "/" + method.getAnnotation(Path.class).value();
        }
        return withoutPatterns(path.replaceAll("/+", "/").replaceAll("/$", ""));
    }

    private static String withoutPatterns(String template) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inPattern = false;
        for (char c : template.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    plain.append(c);
                    inPattern = false;
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    plain.append(c);
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                inPattern = true;
            }
            if (depth == 0 || (depth == 1 && !inPattern && c != ' ')) {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}

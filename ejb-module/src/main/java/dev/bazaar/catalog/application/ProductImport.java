package dev.bazaar.catalog.application;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.catalog.domain.ProductVariant;
import dev.bazaar.inventory.application.StockKeeping;
import dev.bazaar.inventory.application.StockLocationView;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.Csv;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Role;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Imports a shop's products, variants and stock counts from CSV, one line per variant:
 * {@code product_slug, name, brand, category, description, sku, options, price, compare_at_price,
 * weight_grams, low_stock_threshold, location, on_hand}. Lines with the same slug make one product
 * (its details from the first line that gives them); a slug the shop has already is updated and its
 * variants matched by SKU; a new slug becomes a DRAFT. {@code location} with {@code on_hand} records a
 * count there. The whole file is one transaction: every line is checked first, and one wrong line
 * means nothing is written and every problem is reported by line.
 */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ProductImport {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    public static final List<String> COLUMNS = List.of("product_slug", "name", "brand", "category", "description", "sku",
            "options", "price", "compare_at_price", "weight_grams", "low_stock_threshold", "location", "on_hand");
    /** The columns a file must have; the others may be left out. */
    static final List<String> REQUIRED_COLUMNS = List.of("product_slug", "name", "sku", "price");
    static final String REASON = "CSV import";

    @Inject
    ProductRepository products;

    @Inject
    ShopDirectory shops;

    @Inject
    CallerScope callers;

    @EJB
    VendorProducts vendorProducts;

    @EJB
    StockKeeping stock;

    /** One line, read. */
    private record Line(int number, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public ImportReport importCsv(byte[] file) {
        long vendorId = callers.shop(Role.SHOP_MANAGERS, "Only a shop's owner and managers import products");
        ShopFacts vendor = shops.get(vendorId);
        List<Line> lines = read(file);
        List<ImportReport.RowError> errors = new ArrayList<>();
        Map<String, List<Line>> bySlug = new LinkedHashMap<>();
        Map<String, Integer> skuLines = new HashMap<>();
        Map<String, Long> locations = new HashMap<>();
        for (StockLocationView location : stock.locations()) {
            locations.put(location.name().toLowerCase(Locale.ROOT), location.id());
        }
        for (Line line : lines) {
            check(line, vendor, skuLines, locations, errors);
            String slug = line.get("product_slug");
            if (slug != null) {
                bySlug.computeIfAbsent(slug.toLowerCase(Locale.ROOT), s -> new ArrayList<>()).add(line);
            }
        }
        Map<String, Optional<Product>> existing = new HashMap<>();
        bySlug.forEach((slug, group) -> existing.put(slug, checkProduct(group, vendor, errors)));
        if (!errors.isEmpty()) {
            return ImportReport.refused(lines.size(), errors);
        }
        return write(bySlug, existing, locations, lines.size());
    }

    private void check(Line line, ShopFacts vendor, Map<String, Integer> skuLines, Map<String, Long> locations,
                       List<ImportReport.RowError> errors) {
        if (line.get("product_slug") == null) {
            errors.add(new ImportReport.RowError(line.number(), "product_slug", "is required"));
        }
        try {
            var spec = variant(line).toSpec(null, vendor.payoutCurrency());
            Integer earlier = skuLines.putIfAbsent(spec.sku().toLowerCase(Locale.ROOT), line.number());
            if (earlier != null) {
                errors.add(new ImportReport.RowError(line.number(), "sku", spec.sku() + " is on line " + earlier + " already"));
            }
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> errors.add(new ImportReport.RowError(line.number(), column(field), message)));
        }
        String location = line.get("location");
        String onHand = line.get("on_hand");
        if ((location == null) != (onHand == null)) {
            errors.add(new ImportReport.RowError(line.number(), location == null ? "location" : "on_hand",
                    "is required when " + (location == null ? "on_hand" : "location") + " is given"));
        } else if (location != null) {
            if (!locations.containsKey(location.toLowerCase(Locale.ROOT))) {
                errors.add(new ImportReport.RowError(line.number(), "location", "'" + location + "' is not one of your stock locations"));
            }
            if (wholeNumber(onHand) == null || wholeNumber(onHand) < 0) {
                errors.add(new ImportReport.RowError(line.number(), "on_hand", "must be a whole number, 0 or more"));
            }
        }
    }

    /**
     * The product's details and slug, checked as the editor checks them; SKUs against the shop's other
     * products. Returns the shop's product with this slug, if there is one.
     */
    private Optional<Product> checkProduct(List<Line> group, ShopFacts vendor, List<ImportReport.RowError> errors) {
        Line first = group.get(0);
        String slug = first.get("product_slug");
        Optional<Product> existing = products.findBySlug(slug.toLowerCase(Locale.ROOT));
        if (existing.isPresent() && existing.get().vendorId() != vendor.id()) {
            errors.add(new ImportReport.RowError(first.number(), "product_slug", "is taken by another shop's product"));
            return Optional.empty();
        }
        try {
            details(group, existing).details();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> errors.add(new ImportReport.RowError(first.number(), column(field), message)));
        }
        String category = first(group, "category");
        if (category != null && products.categoryBySlug(category.toLowerCase(Locale.ROOT)).isEmpty()) {
            errors.add(new ImportReport.RowError(first.number(), "category", "'" + category + "' is not a category"));
        }
        for (Line line : group) {
            String sku = line.get("sku");
            if (sku == null) {
                continue;
            }
            Long own = existing.flatMap(p -> p.variants().stream().filter(v -> v.sku().equalsIgnoreCase(sku)).findFirst())
                    .map(ProductVariant::id).orElse(null);
            if (own == null && products.skuTaken(vendor.id(), sku, null)) {
                errors.add(new ImportReport.RowError(line.number(), "sku", sku + " belongs to another of your products"));
            }
        }
        return existing;
    }

    private ImportReport write(Map<String, List<Line>> bySlug, Map<String, Optional<Product>> found, Map<String, Long> locations,
                               int rows) {
        int created = 0;
        int updated = 0;
        int variantsCreated = 0;
        int variantsUpdated = 0;
        int counts = 0;
        for (Map.Entry<String, List<Line>> entry : bySlug.entrySet()) {
            List<Line> group = entry.getValue();
            Optional<Product> existing = found.get(entry.getKey());
            ProductDetailView product;
            if (existing.isEmpty()) {
                product = vendorProducts.create(details(group, existing), group.stream().map(ProductImport::variant).toList());
                created++;
                variantsCreated += group.size();
            } else {
                product = vendorProducts.update(existing.get().id(), details(group, existing));
                updated++;
                for (Line line : group) {
                    VariantInput input = variant(line);
                    Optional<VariantView> same = product.variants().stream().filter(v -> v.sku().equalsIgnoreCase(input.sku())).findFirst();
                    if (same.isPresent()) {
                        product = vendorProducts.changeVariant(product.id(), same.get().id(), input);
                        variantsUpdated++;
                    } else {
                        product = vendorProducts.addVariant(product.id(), input);
                        variantsCreated++;
                    }
                }
            }
            for (Line line : group) {
                if (line.get("location") != null) {
                    long variantId = product.variants().stream().filter(v -> v.sku().equalsIgnoreCase(line.get("sku")))
                            .findFirst().orElseThrow().id();
                    stock.setOnHand(variantId, locations.get(line.get("location").toLowerCase(Locale.ROOT)),
                            wholeNumber(line.get("on_hand")), REASON);
                    counts++;
                }
            }
        }
        return new ImportReport(true, rows, created, updated, variantsCreated, variantsUpdated, counts, List.of());
    }

    /** The product's details: each column from the first line that gives it, else what the product has now. */
    private static ProductInput details(List<Line> group, Optional<Product> existing) {
        Product now = existing.orElse(null);
        return new ProductInput(
                orElse(first(group, "name"), now == null ? null : now.name()),
                group.get(0).get("product_slug"),
                orElse(first(group, "description"), now == null ? null : now.description()),
                orElse(first(group, "brand"), now == null ? null : now.brand()),
                orElse(first(group, "category"), now == null || now.category() == null ? null : now.category().slug()),
                now == null ? List.of() : now.attributes().stream()
                        .map(a -> new ProductInput.AttributeInput(a.name(), a.kind().name(), a.displayValue())).toList());
    }

    private static VariantInput variant(Line line) {
        Map<String, String> options;
        try {
            options = VariantInput.options(line.get("options"));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("options", e.fieldErrors().values().iterator().next());
        }
        Integer weight = wholeNumber(line.get("weight_grams"));
        Integer threshold = wholeNumber(line.get("low_stock_threshold"));
        if (line.get("weight_grams") != null && weight == null) {
            throw new InvalidInputException("weightGrams", "must be a whole number of grams");
        }
        if (line.get("low_stock_threshold") != null && threshold == null) {
            throw new InvalidInputException("lowStockThreshold", "must be a whole number");
        }
        return new VariantInput(line.get("sku"), options, line.get("price"), null, line.get("compare_at_price"), weight, threshold);
    }

    private static List<Line> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException("file", "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it");
        }
        List<List<String>> records;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            if (text.indexOf('\u0000') >= 0) {
                // PostgreSQL stores no NUL in text: refused here, it is a 422 instead of a failed query
                throw new InvalidInputException("file", "holds a NUL character; it is not a text file");
            }
            records = Csv.parse(new StringReader(text));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("file", "is not readable CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new InvalidInputException("file", "has no header line");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "needs the column(s) " + String.join(", ", missing) + " in its header line");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).isEmpty()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < header.size() && c < records.get(i).size(); c++) {
                cells.put(header.get(c), records.get(i).get(c));
            }
            lines.add(new Line(i + 1, cells));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "has no product lines under its header");
        }
        if (lines.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "has " + lines.size() + " lines; at most " + MAX_ROWS + " per import");
        }
        return lines;
    }

    private static String first(List<Line> group, String column) {
        return group.stream().map(line -> line.get(column)).filter(v -> v != null).findFirst().orElse(null);
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static Integer wholeNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The CSV column a service's field name stands for. */
    private static String column(String field) {
        return switch (field) {
            case "compareAtPrice" -> "compare_at_price";
            case "weightGrams" -> "weight_grams";
            case "lowStockThreshold" -> "low_stock_threshold";
            case "slug" -> "product_slug";
            case "categorySlug" -> "category";
            default -> field;
        };
    }
}

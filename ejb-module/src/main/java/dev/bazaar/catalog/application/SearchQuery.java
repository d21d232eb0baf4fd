package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.Money;

/**
 * What a shopper searches for, read the same way from the storefront's address ({@code /search?q=...},
 * {@code /c/kitchen?brand=...}) and from the API's query parameters, so both give the same answer.
 *
 * <ul>
 * <li>{@code q}: words; every word must match (title, brand, shop, category, attributes, options,
 * description), the last one also as the start of a word; a word the catalog does not have is corrected
 * (typos), and when still nothing matches, titles that look alike are found instead.</li>
 * <li>{@code exact=true}: the words as typed, nothing corrected (where "did you mean" links to).</li>
 * <li>{@code category}: a category slug; its subcategories count too.</li>
 * <li>{@code brand}, {@code vendor} (shop slug), {@code attr} ({@code name:value}): repeatable; several
 * values of one filter mean any of them.</li>
 * <li>{@code currency}: only products priced in it (an ISO 4217 code; a cart holds one currency, so the
 * storefront passes the shopper's), with {@code minPrice} / {@code maxPrice} (decimal amounts; a price
 * range needs its currency, as shops sell in their own).</li>
 * <li>{@code inStock=true}: only products with a unit to sell.</li>
 * <li>{@code sort}: relevance (the default with words), newest (the default without), price-asc,
 * price-desc, name.</li>
 * </ul>
 */
public record SearchQuery(String text, String categorySlug, List<String> brands, List<String> vendorSlugs,
                          List<AttributeFilter> attributes, String currency, Long minPriceMinor, Long maxPriceMinor,
                          boolean inStockOnly, Sort sort, boolean exact) {

    public static final int MAX_TEXT = 200;
    private static final int MAX_VALUES = 20;

    public enum Sort {
        RELEVANCE("relevance"), NEWEST("newest"), PRICE_ASC("price-asc"), PRICE_DESC("price-desc"), NAME("name");

        private final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        static Optional<Sort> of(String parameter) {
            for (Sort sort : values()) {
                if (sort.parameter.equals(parameter)) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }
    }

    /** One attribute facet value: {@code material:oak}. */
    public record AttributeFilter(String name, String value) {

        /** How product_search stores it. */
        public String term() {
            return name + "=" + value;
        }

        public String parameter() {
            return name + ":" + value;
        }
    }

    public SearchQuery {
        brands = List.copyOf(brands);
        vendorSlugs = List.copyOf(vendorSlugs);
        attributes = List.copyOf(attributes);
        if (sort == null || sort == Sort.RELEVANCE && text == null) {
            sort = text == null ? Sort.NEWEST : Sort.RELEVANCE;
        }
    }

    /** Everything, newest first. */
    public static SearchQuery everything() {
        return new SearchQuery(null, null, List.of(), List.of(), List.of(), null, null, null, false, null, false);
    }

    public static SearchQuery words(String text) {
        return new SearchQuery(FieldProblems.strip(text), null, List.of(), List.of(), List.of(), null, null, null, false, null, false);
    }

    /**
     * Reads the query parameters ({@code name -> values}); every broken one is reported by name in one
     * {@link dev.bazaar.kernel.InvalidInputException}.
     */
    public static SearchQuery parse(Map<String, List<String>> parameters) {
        FieldProblems problems = new FieldProblems();
        String text = first(parameters, "q");
        problems.optional("q", text, MAX_TEXT);
        String category = first(parameters, "category");
        List<String> brands = all(parameters, "brand", problems);
        List<String> vendors = all(parameters, "vendor", problems);
        List<AttributeFilter> attributes = new ArrayList<>();
        for (String term : all(parameters, "attr", problems)) {
            int colon = term.indexOf(':');
            if (colon <= 0 || colon == term.length() - 1) {
                problems.add("attr", "is name:value, like material:oak");
            } else {
                attributes.add(new AttributeFilter(term.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        term.substring(colon + 1).strip()));
            }
        }
        String currency = currency(first(parameters, "currency"), problems);
        Long min = amount(parameters, "minPrice", currency, problems);
        Long max = amount(parameters, "maxPrice", currency, problems);
        if (min != null && max != null && min > max) {
            problems.add("maxPrice", "must not be below minPrice");
        }
        boolean inStock = bool(parameters, "inStock", problems);
        boolean exact = bool(parameters, "exact", problems);
        Sort sort = null;
        String sortParameter = first(parameters, "sort");
        if (sortParameter != null) {
            sort = Sort.of(sortParameter).orElse(null);
            if (sort == null) {
                problems.add("sort", "is one of relevance, newest, price-asc, price-desc, name");
            }
        }
        problems.throwIfAny();
        return new SearchQuery(text, category, brands, vendors, attributes, currency, min, max, inStock, sort, exact);
    }

    /** The query as parameters again (for links that add or remove one filter), in a stable order. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", text);
        put(parameters, "category", categorySlug);
        brands.forEach(b -> put(parameters, "brand", b));
        vendorSlugs.forEach(v -> put(parameters, "vendor", v));
        attributes.forEach(a -> put(parameters, "attr", a.parameter()));
        put(parameters, "currency", currency);
        if (minPriceMinor != null || maxPriceMinor != null) {
            put(parameters, "minPrice", minPriceMinor == null ? null : Money.ofMinor(minPriceMinor, currency).toDecimal().toPlainString());
            put(parameters, "maxPrice", maxPriceMinor == null ? null : Money.ofMinor(maxPriceMinor, currency).toDecimal().toPlainString());
        }
        if (inStockOnly) {
            put(parameters, "inStock", "true");
        }
        if (exact) {
            put(parameters, "exact", "true");
        }
        boolean defaultSort = sort == (text == null ? Sort.NEWEST : Sort.RELEVANCE);
        if (!defaultSort) {
            put(parameters, "sort", sort.parameter());
        }
        return parameters;
    }

    public SearchQuery inCategory(String slug) {
        return new SearchQuery(text, slug, brands, vendorSlugs, attributes, currency, minPriceMinor, maxPriceMinor, inStockOnly, sort, exact);
    }

    /** The same query, only products priced in {@code currencyCode} (null: in any currency, without a price range). */
    public SearchQuery inCurrency(String currencyCode) {
        boolean sameCurrency = currencyCode != null && currencyCode.equals(currency);
        return new SearchQuery(text, categorySlug, brands, vendorSlugs, attributes, currencyCode, sameCurrency ? minPriceMinor : null,
                sameCurrency ? maxPriceMinor : null, inStockOnly, sort, exact);
    }

    public boolean hasFilters() {
        return !brands.isEmpty() || !vendorSlugs.isEmpty() || !attributes.isEmpty() || minPriceMinor != null
                || maxPriceMinor != null || inStockOnly;
    }

    private static boolean bool(Map<String, List<String>> parameters, String name, FieldProblems problems) {
        String value = first(parameters, name);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            problems.add(name, "is true or false");
        }
        return "true".equals(value);
    }

    /** A currency is three letters that ISO 4217 knows; a wrong one is reported, not ignored. */
    private static String currency(String value, FieldProblems problems) {
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3 && Currency.getInstance(code) != null) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("currency", "is an ISO 4217 currency code, like EUR");
        return null;
    }

    private static Long amount(Map<String, List<String>> parameters, String name, String currency, FieldProblems problems) {
        String value = first(parameters, name);
        if (value == null) {
            return null;
        }
        if (currency == null) {
            problems.add("currency", "is required with a price range: shops sell in their own currency");
            return null;
        }
        try {
            Money money = Money.parse(value, currency);
            if (money.isNegative()) {
                problems.add(name, "must not be negative");
                return null;
            }
            return money.amountMinor();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage().contains("currency") ? "currency" : name, e.getMessage());
            return null;
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : FieldProblems.strip(values.get(0));
    }

    private static List<String> all(Map<String, List<String>> parameters, String name, FieldProblems problems) {
        List<String> values = parameters.getOrDefault(name, List.of()).stream()
                .map(FieldProblems::strip)
                .filter(v -> v != null)
                .distinct()
                .toList();
        if (values.size() > MAX_VALUES) {
            problems.add(name, "takes at most " + MAX_VALUES + " values");
        }
        values.forEach(v -> problems.optional(name, v, MAX_TEXT));
        return values;
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }
}

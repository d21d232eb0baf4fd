package dev.bazaar.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.RichText;

class ProductRulesTest {

    private static final long NOK_SHOP = 1L;
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static VariantSpec variant(String sku, String size, String price) {
        return new VariantSpec(sku, List.of(new OptionValue("size", size)), Money.parse(price, "NOK"), null, 400, 2);
    }

    private static Product mugs() {
        return Product.draft(NOK_SHOP, "NOK", null, new ProductDetails("Stoneware Mug", "stoneware-mug",
                "<p>Hand-thrown.</p>", "Fjord", List.of()), List.of(variant("mug-s", "S", "199"), variant("mug-l", "L", "249")), NOW);
    }

    @Test
    void aNewProductIsADraftListedAtItsLowestVariantPrice() {
        Product product = mugs();

        assertEquals(ProductStatus.DRAFT, product.status());
        assertEquals(Money.parse("199", "NOK"), product.price());
        assertEquals("MUG-S", product.variants().get(0).sku());
        assertEquals("S", product.variants().get(0).title());
        assertFalse(product.status().isVisibleToShoppers());
    }

    @Test
    void aProductNeedsAVariantPricedInTheShopsCurrency() {
        assertThrows(InvalidInputException.class, () -> Product.draft(NOK_SHOP, "NOK", null,
                new ProductDetails("Mug", "mug", null, null, List.of()), List.of(), NOW));
        Product product = mugs();
        VariantSpec inEuro = new VariantSpec("mug-xl", List.of(), Money.parse("30", "EUR"), null, null, 0);

        InvalidInputException wrongCurrency = assertThrows(InvalidInputException.class, () -> product.addVariant(inEuro, "NOK", NOW));
        assertEquals("must be NOK, the shop's payout currency", wrongCurrency.fieldErrors().get("currency"));
    }

    @Test
    void skusAreUniqueWithinAProductAndTheLastVariantStays() {
        Product product = mugs();

        assertThrows(ConflictException.class, () -> product.addVariant(variant("MUG-S", "M", "220"), "NOK", NOW));
        product.addVariant(variant("mug-m", "M", "150"), "NOK", NOW);
        assertEquals(Money.parse("150", "NOK"), product.price());
    }

    @Test
    void variantSpecsCheckPricesOptionsAndSkus() {
        Money price = Money.parse("100", "NOK");
        assertEquals("price", assertThrows(InvalidInputException.class,
                () -> new VariantSpec("a", List.of(), Money.ofMinor(-1, "NOK"), null, null, 0)).fieldErrors().keySet().iterator().next());
        assertThrows(InvalidInputException.class, () -> new VariantSpec("a", List.of(), price, Money.parse("90", "NOK"), null, 0));
        assertThrows(InvalidInputException.class, () -> new VariantSpec("has space", List.of(), price, null, null, 0));
        assertThrows(InvalidInputException.class, () -> new VariantSpec("a", List.of(new OptionValue("size", "S"),
                new OptionValue("Size", "M")), price, null, null, 0));
        assertEquals(Money.parse("120", "NOK"), new VariantSpec("a", List.of(), price, Money.parse("120", "NOK"), null, 0).compareAt());
    }

    @Test
    void reviewTakesADraftToActiveOrRejectedWithAReason() {
        Product approved = mugs();
        assertThrows(ConflictException.class, () -> approved.approve(NOW));
        approved.submitForReview(NOW);
        approved.approve(NOW);
        assertTrue(approved.status().isVisibleToShoppers());
        assertEquals(NOW, approved.publishedAt());

        Product rejected = mugs();
        rejected.submitForReview(NOW);
        assertThrows(InvalidInputException.class, () -> rejected.reject(" ", NOW));
        rejected.reject("Photos missing", NOW);
        assertEquals(ProductStatus.REJECTED, rejected.status());
        assertEquals("Photos missing", rejected.statusReason());
        rejected.submitForReview(NOW);
        assertNull(rejected.statusReason());
    }

    @Test
    void anArchivedProductReturnsAsADraft() {
        Product product = mugs();
        product.submitForReview(NOW);
        product.approve(NOW);
        product.archive(NOW);
        assertThrows(ConflictException.class, () -> product.submitForReview(NOW));
        product.restore(NOW);
        assertEquals(ProductStatus.DRAFT, product.status());
    }

    @Test
    void descriptionsKeepFormattingAndLoseScripts() {
        String clean = RichText.sanitise("<p onclick=\"steal()\">Hand-<b>thrown</b><script>alert(1)</script></p>"
                + "<a href=\"https://fjord.test\">site</a><img src=x onerror=alert(2)>");

        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertTrue(clean.contains("<b>thrown</b>"), clean);
        assertTrue(clean.contains("rel=\"nofollow noopener\""), clean);
        assertNull(RichText.sanitise("<script>alert(1)</script>"));
    }

    @Test
    void attributesAreTypedAndNamedAsWords() {
        assertEquals("4", ProductAttribute.parse("capacity_l", "number", "4.0").displayValue());
        assertEquals("true", ProductAttribute.parse("organic", "BOOLEAN", "TRUE").displayValue());
        assertThrows(IllegalArgumentException.class, () -> ProductAttribute.parse("Capacity L", "NUMBER", "4"));
        assertThrows(IllegalArgumentException.class, () -> ProductAttribute.parse("capacity", "NUMBER", "four"));
        assertThrows(IllegalArgumentException.class, () -> ProductAttribute.parse("organic", "BOOLEAN", "yes"));
        assertEquals(1, new ProductDetails("Mug", "mug", null, null, List.of(ProductAttribute.parse("glaze", "TEXT", "blue"),
                ProductAttribute.parse("glaze", "TEXT", "red"))).problems().size());
    }
}

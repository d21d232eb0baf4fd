package dev.bazaar.cart.application;

import java.util.List;

import dev.bazaar.kernel.Money;

/**
 * A cart as the shopper sees it: lines grouped by shop with subtotals, what changed since they last
 * looked (notices), and whether it can go to checkout. {@code guestToken} is set only when this
 * answer issued a new guest cart: the client keeps it (cookie or X-Cart-Token).
 */
public record CartView(String guestToken, String currency, List<ShopGroup> shops, int itemCount, Money subtotal,
                       List<String> notices, boolean readyForCheckout) {

    public record ShopGroup(long vendorId, String vendorName, String vendorSlug, List<Line> lines, Money subtotal) {
    }

    /** {@code problem} says why the line cannot be bought as it is (null when it can). */
    public record Line(long id, long variantId, long productId, String productName, String productSlug,
                       String variantTitle, String sku, int quantity, Money unitPrice, Money amount, int available,
                       Long imageId, String problem) {
    }

    public boolean isEmpty() {
        return shops.isEmpty();
    }

    CartView withGuestToken(String token) {
        return new CartView(token, currency, shops, itemCount, subtotal, notices, readyForCheckout);
    }
}

package dev.bazaar.ordering.application;

import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.OrderLine;

/**
 * A line of an order as bought: the catalog's words and price at checkout; the amount net, and as the
 * shopper was shown it ({@code shownAmount}: gross where prices included the tax, else the same).
 */
public record OrderLineView(long id, int position, Long variantId, Long productId, String productName, String variantTitle, String sku,
                            int quantity, Money unitPrice, Money amount, Money shownAmount) {

    static OrderLineView of(OrderLine line, Money shownAmount) {
        return new OrderLineView(line.id(), line.position(), line.variantId(), line.productId(), line.productName(), line.variantTitle(),
                line.sku(), line.quantity(), line.unitPrice(), line.amount(), shownAmount);
    }
}

package dev.bazaar.ordering.application;

import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.OrderLine;

/** A line of an order as bought: the catalog's words and price at checkout. */
public record OrderLineView(long id, int position, Long variantId, Long productId, String productName, String variantTitle, String sku,
                            int quantity, Money unitPrice, Money amount) {

    static OrderLineView of(OrderLine line) {
        return new OrderLineView(line.id(), line.position(), line.variantId(), line.productId(), line.productName(), line.variantTitle(),
                line.sku(), line.quantity(), line.unitPrice(), line.amount());
    }
}

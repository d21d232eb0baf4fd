package dev.bazaar.api.v1;

import dev.bazaar.api.v1.ProductResponse.Price;
import dev.bazaar.kernel.Money;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Every amount of money in an answer has the same shape, wherever it sits in a service's view:
 * minor units and currency for arithmetic, plus a decimal and a display string ({@link Price}).
 */
@Provider
public class MoneyJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new MoneyAdapter()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static class MoneyAdapter implements JsonbAdapter<Money, Price> {

        @Override
        public Price adaptToJson(Money money) {
            return Price.of(money);
        }

        @Override
        public Money adaptFromJson(Price price) {
            return Money.ofMinor(price.amountMinor(), price.currency());
        }
    }
}

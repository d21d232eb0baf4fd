package dev.bazaar.ordering.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.bazaar.kernel.Money;

/**
 * Prices one checkout, shop by shop, all in the cart's currency:
 * <ul>
 * <li>goods: unit price × quantity, summed per shop;</li>
 * <li>shipping: the shop's standard delivery, free when its goods reach the threshold;</li>
 * <li>discount: a shop's coupon from that shop's goods; a platform coupon from all goods, shared
 * between the shops in proportion to their goods (remainders to the largest shares, so the parts add
 * up to the whole);</li>
 * <li>tax, where prices are shown before tax: the destination's rate on goods − discount + shipping,
 * per shop, rounded half up;</li>
 * <li>tax, where prices are shown with it included (ADR 17): each unit price and the shipping are shown
 * gross (net + the rate's share of it, rounded half up), the discount as the same fraction of the gross
 * goods as of the net goods (rounded down); the shop's total is the sum of what is shown, and its tax the
 * total less the net goods − discount + shipping. What is charged is what was shown, to the minor unit;</li>
 * <li>commission: the shop's rate on goods − the shop's own discount (the platform bears its own
 * coupons).</li>
 * </ul>
 */
public final class OrderPricing {

    private OrderPricing() {
    }

    public record Line(Money unitPrice, int quantity) {
        public Money amount() {
            return unitPrice.times(quantity);
        }
    }

    /** One shop's lines and terms. */
    public record ShopPart(long vendorId, List<Line> lines, ShippingTerms shipping, int commissionBps) {
        Money goods(String currency) {
            return lines.stream().map(Line::amount).reduce(Money.ofMinor(0, currency), Money::plus);
        }
    }

    /**
     * One shop's figures: goods, discounts and shipping net; tax and total as charged; and {@code shown}, what the
     * shopper reads (gross where prices include tax, else the net figures).
     */
    public record ShopQuote(long vendorId, Money goods, Money discount, Money shopDiscount, Money shipping, Money tax,
                            Money total, int commissionBps, Money commission, String shippingMethod, Shown shown) {
    }

    /** The figures a shopper is shown: each line's amount (in the shop part's order), the goods, the discount and the shipping. */
    public record Shown(List<Money> lines, Money goods, Money discount, Money shipping) {
    }

    public record Quote(String currency, List<ShopQuote> shops, Money goods, Money discount, Money shipping, Money tax,
                        Money total, int taxRateBps, boolean pricesIncludeTax) {

        /** The totals as shown: gross where prices include tax. */
        public Shown shown() {
            Money zero = Money.ofMinor(0, currency);
            return new Shown(List.of(), shops.stream().map(s -> s.shown().goods()).reduce(zero, Money::plus),
                    shops.stream().map(s -> s.shown().discount()).reduce(zero, Money::plus),
                    shops.stream().map(s -> s.shown().shipping()).reduce(zero, Money::plus));
        }
    }

    /** A net amount with the tax at {@code taxRateBps} added, rounded half up to the minor unit. */
    public static Money gross(Money net, int taxRateBps) {
        return Money.ofMinor(Math.addExact(net.amountMinor(), Rates.share(net.amountMinor(), taxRateBps)), net.currencyCode());
    }

    /** The goods a coupon would apply to in these parts: one shop's, or everything for a platform coupon. */
    public static Money couponBase(String currency, List<ShopPart> parts, Long couponVendorId) {
        return parts.stream()
                .filter(part -> couponVendorId == null || part.vendorId() == couponVendorId)
                .map(part -> part.goods(currency))
                .reduce(Money.ofMinor(0, currency), Money::plus);
    }

    public static Quote quote(String currency, List<ShopPart> parts, Coupon coupon, int taxRateBps, boolean pricesIncludeTax) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to price");
        }
        long[] discounts = discounts(currency, parts, coupon);
        boolean shopFunded = coupon != null && !coupon.platformFunded();
        List<ShopQuote> shops = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ShopPart part = parts.get(i);
            Money goods = part.goods(currency);
            Money discount = Money.ofMinor(discounts[i], currency);
            Money shopDiscount = shopFunded ? discount : Money.ofMinor(0, currency);
            Money shipping = part.shipping().costFor(goods);
            Money taxable = goods.minus(discount).plus(shipping);
            Shown shown = pricesIncludeTax ? grossShown(part.lines(), goods, discount, shipping, taxRateBps)
                    : new Shown(part.lines().stream().map(Line::amount).toList(), goods, discount, shipping);
            Money tax = pricesIncludeTax ? shown.goods().minus(shown.discount()).plus(shown.shipping()).minus(taxable)
                    : Money.ofMinor(Rates.share(taxable.amountMinor(), taxRateBps), currency);
            Money commission = Money.ofMinor(Rates.share(goods.minus(shopDiscount).amountMinor(), part.commissionBps()), currency);
            shops.add(new ShopQuote(part.vendorId(), goods, discount, shopDiscount, shipping, tax, taxable.plus(tax),
                    part.commissionBps(), commission, part.shipping().method(), shown));
        }
        Money zero = Money.ofMinor(0, currency);
        return new Quote(currency, List.copyOf(shops),
                shops.stream().map(ShopQuote::goods).reduce(zero, Money::plus),
                shops.stream().map(ShopQuote::discount).reduce(zero, Money::plus),
                shops.stream().map(ShopQuote::shipping).reduce(zero, Money::plus),
                shops.stream().map(ShopQuote::tax).reduce(zero, Money::plus),
                shops.stream().map(ShopQuote::total).reduce(zero, Money::plus),
                taxRateBps, pricesIncludeTax);
    }

    /**
     * Gross figures of one shop from its net {@code lines}, goods, discount and shipping: unit prices and shipping
     * with the tax added; the discount the same fraction of the gross goods as it is of the net goods, rounded
     * down, so the tax (gross less net) is never negative. An order's part, recomputed from what it keeps (net),
     * gives the figures its checkout showed, which add up to its total.
     */
    public static Shown grossShown(List<Line> netLines, Money goods, Money discount, Money shipping, int taxRateBps) {
        String currency = goods.currencyCode();
        List<Money> lines = netLines.stream().map(line -> gross(line.unitPrice(), taxRateBps).times(line.quantity())).toList();
        Money grossGoods = lines.stream().reduce(Money.ofMinor(0, currency), Money::plus);
        long grossDiscount = goods.amountMinor() == 0 ? 0
                : Math.multiplyExact(grossGoods.amountMinor(), discount.amountMinor()) / goods.amountMinor();
        return new Shown(lines, grossGoods, Money.ofMinor(grossDiscount, currency), gross(shipping, taxRateBps));
    }

    private static long[] discounts(String currency, List<ShopPart> parts, Coupon coupon) {
        long[] discounts = new long[parts.size()];
        if (coupon == null) {
            return discounts;
        }
        Long vendor = coupon.vendorId();
        long whole = coupon.discountOn(couponBase(currency, parts, vendor)).amountMinor();
        if (vendor != null) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).vendorId() == vendor) {
                    discounts[i] = whole;
                }
            }
            return discounts;
        }
        long base = couponBase(currency, parts, null).amountMinor();
        long handedOut = 0;
        long[] remainders = new long[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            long goods = parts.get(i).goods(currency).amountMinor();
            long scaled = Math.multiplyExact(whole, goods);
            discounts[i] = scaled / base;
            remainders[i] = scaled % base;
            handedOut += discounts[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; handedOut < whole; k++, handedOut++) {
            discounts[byRemainder.get(k)]++;
        }
        return discounts;
    }
}

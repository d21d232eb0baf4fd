package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.bazaar.cart.application.CartCheckout;
import dev.bazaar.cart.application.CartCheckout.CheckoutCart;
import dev.bazaar.cart.application.Offers;
import dev.bazaar.cart.application.Offers.Offer;
import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.inventory.application.StockReservations;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.ordering.domain.Allocation;
import dev.bazaar.ordering.domain.Buyer;
import dev.bazaar.ordering.domain.Coupon;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.OrderPricing;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.Purchase;
import dev.bazaar.ordering.domain.RateTables;
import dev.bazaar.ordering.domain.ShippingTerms;
import dev.bazaar.ordering.domain.TaxRate;
import dev.bazaar.payment.application.PaymentMethod;
import dev.bazaar.payment.application.PaymentMethods;
import dev.bazaar.payment.application.PaymentRequest;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The body of a checkout, run in the caller's transaction: price the customer's cart (addresses,
 * shipping per shop, coupon, tax), then place it: reserve every line's stock, write the order group
 * with one vendor order per shop, count the coupon's use, empty the cart, start the payment and send
 * {@code order.placed}. Any failure rolls all of it back together.
 */
@Dependent
public class OrderPlacement {

    /**
     * Who checks out: a signed-in customer with their cart and address book, or a guest with the guest
     * cart their token names (and no address book).
     */
    record Purchaser(Buyer buyer, String email, String name, CartCheckout.Owner cart) {

        static Purchaser of(Shopper shopper) {
            return new Purchaser(Buyer.customer(shopper.id()), shopper.email(), shopper.name(),
                    CartCheckout.Owner.customer(shopper.id()));
        }
    }

    /** A priced cart, ready to be shown or placed. */
    record Priced(CheckoutCart cart, Map<Long, Offer> offers, PostalAddress shipTo, PostalAddress billTo, Coupon coupon,
                  OrderPricing.Quote quote, Map<Long, String> vendorNames) {
    }

    @Inject
    CartCheckout carts;

    @Inject
    Offers offers;

    @Inject
    Orders orders;

    @Inject
    RateTables rates;

    @Inject
    AddressBook addresses;

    @Inject
    StockReservations stock;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    PaymentMethods payments;

    public PlacedOrder place(Shopper shopper, CheckoutRequest request) {
        return place(Purchaser.of(shopper), request);
    }

    PlacedOrder place(Purchaser shopper, CheckoutRequest request) {
        lifecycle.joinEventStream();
        PaymentMethod method = payments.chosen(request.paymentMethod());
        Priced priced = price(shopper, request, true);
        Instant now = Instant.now();
        String number = orders.nextNumber();
        Map<Long, List<Purchase>> purchases = new HashMap<>();
        // lines in variant order: concurrent checkouts lock stock rows in the same order
        List<CartCheckout.Line> lines = new ArrayList<>(priced.cart().lines());
        lines.sort(Comparator.comparingLong(CartCheckout.Line::variantId));
        Map<Long, Purchase> byVariant = new HashMap<>();
        for (CartCheckout.Line line : lines) {
            Offer offer = priced.offers().get(line.variantId());
            List<Allocation> allocations = stock.reserve(line.variantId(), describe(offer), line.quantity(),
                            "reserved: order " + number, shopper.email()).stream()
                    .map(h -> new Allocation(h.locationId(), h.quantity())).toList();
            byVariant.put(line.variantId(), new Purchase(offer.variantId(), offer.productId(), offer.productName(),
                    offer.variantTitle(), offer.sku(), line.quantity(), offer.price(), allocations));
        }
        for (CartCheckout.Line line : priced.cart().lines()) {
            Purchase purchase = byVariant.get(line.variantId());
            purchases.computeIfAbsent(priced.offers().get(line.variantId()).vendorId(), v -> new ArrayList<>()).add(purchase);
        }
        // each method has its own time to pay in: minutes for a card, days for a bank transfer
        Instant payBefore = now.plus(method.paymentWindow());
        OrderGroup group = orders.add(new OrderGroup(number, new OrderGroup.Placement(shopper.buyer(), shopper.email(),
                shopper.name(), priced.shipTo(), priced.billTo(), priced.coupon(), method.code(), payBefore, now, request.language()),
                priced.quote(), purchases));
        if (priced.coupon() != null) {
            priced.coupon().recordUse();
            orders.recordCouponUse(priced.coupon(), group, now);
        }
        carts.handOver(shopper.cart(), now);
        PaymentStart payment = startPayment(method, group);
        lifecycle.publishPlaced(group);
        return new PlacedOrder(OrderViews.of(group, priced.vendorNames(), OrderViews.Reader.CUSTOMER), payment,
                paymentRequest(group), false);
    }

    /** Starts (or, for an order placed before, restates) the payment of the group with its method. */
    static PaymentStart startPayment(PaymentMethod method, OrderGroup group) {
        return method.begin(paymentRequest(group));
    }

    static PaymentRequest paymentRequest(OrderGroup group) {
        return new PaymentRequest(group.id(), group.number(), group.total(), group.customerEmail(), group.reservedUntil());
    }

    /**
     * Prices the customer's cart for this request. Every line must still be on sale in the cart's
     * currency; when {@code placing}, also at the price the shopper last saw (otherwise a 409 asks
     * them to look again, and looking records the new price as seen).
     */
    Priced price(Purchaser shopper, CheckoutRequest request, boolean placing) {
        CheckoutCart cart = carts.of(shopper.cart());
        String currency = cart.currency();
        Map<Long, Offer> current = offers.of(cart.lines().stream().map(CartCheckout.Line::variantId).toList());
        Map<Long, Money> seen = new HashMap<>();
        for (CartCheckout.Line line : cart.lines()) {
            Offer offer = current.get(line.variantId());
            if (!offer.onSale() || !offer.price().currencyCode().equals(currency)) {
                throw new ConflictException("cart", describe(offer) + " is no longer sold" + (offer.onSale() ? " in " + currency : "")
                        + ": remove it from your cart");
            }
            if (placing && offer.price().amountMinor() != line.seenPriceAmount()) {
                throw new ConflictException("cart", "the price of " + describe(offer) + " changed from "
                        + Money.ofMinor(line.seenPriceAmount(), currency) + " to " + offer.price()
                        + " since you last saw your cart: look at it again, then place the order");
            }
            seen.put(line.variantId(), offer.price());
        }
        if (!placing) {
            carts.pricesSeen(shopper.cart(), seen);
        }
        PostalAddress shipTo = address(shopper, "shippingAddress", request.shippingAddressId(), request.shippingAddress());
        boolean separateBilling = request.billingAddressId() != null || request.billingAddress() != null;
        PostalAddress billTo = separateBilling
                ? address(shopper, "billingAddress", request.billingAddressId(), request.billingAddress()) : shipTo;
        TaxRate tax = rates.taxRate(shipTo.country()).orElseThrow(() -> new InvalidInputException("shippingAddress.country",
                "is " + shipTo.country() + ", a country we do not deliver to yet"));

        Map<Long, List<OrderPricing.Line>> linesByShop = new LinkedHashMap<>();
        Map<Long, String> vendorNames = new HashMap<>();
        for (CartCheckout.Line line : cart.lines()) {
            Offer offer = current.get(line.variantId());
            linesByShop.computeIfAbsent(offer.vendorId(), v -> new ArrayList<>()).add(new OrderPricing.Line(offer.price(), line.quantity()));
            vendorNames.put(offer.vendorId(), offer.vendorName());
        }
        List<OrderPricing.ShopPart> parts = new ArrayList<>();
        for (var shop : linesByShop.entrySet()) {
            long vendorId = shop.getKey();
            ShippingTerms shipping = rates.applyingShippingRate(vendorId, currency).orElseThrow(() -> new ConflictException("cart",
                    vendorNames.get(vendorId) + " does not deliver orders paid in " + currency + " yet"));
            parts.add(new OrderPricing.ShopPart(vendorId, shop.getValue(), shipping, orders.commissionBps(vendorId)));
        }
        Coupon coupon = coupon(shopper, request.couponCode(), currency, parts);
        return new Priced(cart, current, shipTo, billTo, coupon, OrderPricing.quote(currency, parts, coupon,
                tax.rate().basisPoints(), tax.pricesIncludeTax()), vendorNames);
    }

    private Coupon coupon(Purchaser shopper, String code, String currency, List<OrderPricing.ShopPart> parts) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        Coupon coupon = orders.couponForUpdate(normalized)
                .orElseThrow(() -> new InvalidInputException("couponCode", normalized + " is not a coupon code we know"));
        coupon.requireApplicable(Instant.now(), currency, OrderPricing.couponBase(currency, parts, coupon.vendorId()),
                orders.couponUses(coupon.id(), shopper.buyer()));
        return coupon;
    }

    private PostalAddress address(Purchaser shopper, String field, Long addressId, PostalAddress given) {
        if (addressId != null && shopper.buyer().isGuest()) {
            throw new InvalidInputException(field + "Id", "is for an address book; as a guest, send " + field + " itself");
        }
        if (addressId != null) {
            return addresses.find(shopper.buyer().customerId(), addressId)
                    .orElseThrow(() -> new InvalidInputException(field + "Id", "is not an address in your address book"));
        }
        if (given == null) {
            throw new InvalidInputException(field, shopper.buyer().isGuest() ? "is required"
                    : "is required: send " + field + "Id from your address book, or " + field);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        given.problems().forEach((name, problem) -> problems.put(field + "." + name, problem));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return given;
    }

    static String describe(Offer offer) {
        return offer.productName() + " (" + offer.variantTitle() + ")";
    }
}

package dev.bazaar.cart.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.cart.application.Offers.Offer;
import dev.bazaar.cart.domain.Cart;
import dev.bazaar.cart.domain.CartLine;
import dev.bazaar.cart.domain.Carts;
import dev.bazaar.cart.domain.MergeFacts;
import dev.bazaar.identity.application.Shoppers;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.SecretTokens;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The shopper's cart. A signed-in shopper always works on their own cart (a guest token they send
 * is ignored until they merge it); a guest works on the cart their token names, and gets a new
 * token with their first line. A line id of someone else's cart is not found, like one that never
 * existed. Showing a cart re-checks every line against the catalog and the stock, explains what
 * changed since the shopper last looked, and records the prices as seen.
 */
@Stateless
public class ShoppingCart {

    @Inject
    Carts carts;

    @Inject
    Offers offers;

    @Inject
    Shoppers shoppers;

    @Resource
    SessionContext caller;

    public CartView show(String guestToken) {
        return existing(guestToken).map(cart -> present(cart, List.of())).orElseGet(ShoppingCart::emptyCart);
    }

    /** How many units the cart holds, for a header's mini-cart: read only, nothing counts as seen. */
    public int itemCount(String guestToken) {
        Optional<Shopper> shopper = shopper();
        if (shopper.isPresent()) {
            return carts.units(shopper.get().id(), null);
        }
        return guestToken == null || guestToken.isBlank() ? 0 : carts.units(null, SecretTokens.hash(guestToken));
    }

    public CartView add(String guestToken, long variantId, int quantity) {
        Offer offer = offers.of(List.of(variantId)).get(variantId);
        if (offer == null || !offer.onSale()) {
            throw new InvalidInputException("variantId", "is not a product on sale");
        }
        Instant now = Instant.now();
        Optional<Shopper> shopper = shopper();
        String newToken = null;
        Cart cart;
        if (shopper.isPresent()) {
            cart = carts.ofCustomerCreated(shopper.get().id(), now);
        } else {
            Optional<Cart> guestCart = guestToken == null ? Optional.empty() : carts.ofGuest(SecretTokens.hash(guestToken));
            if (guestCart.isPresent()) {
                cart = guestCart.get();
            } else {
                newToken = SecretTokens.newToken();
                cart = carts.add(Cart.forGuest(SecretTokens.hash(newToken), now));
            }
        }
        cart.add(variantId, quantity, offer.price(), offer.available(), now);
        carts.flush();
        CartView view = present(cart, List.of());
        return newToken == null ? view : view.withGuestToken(newToken);
    }

    public CartView change(String guestToken, long lineId, int quantity) {
        Cart cart = existing(guestToken).orElseThrow(() -> noLine(lineId));
        CartLine line = cart.lines().stream().filter(l -> l.id() == lineId).findFirst().orElseThrow(() -> noLine(lineId));
        Offer offer = offers.of(List.of(line.variantId())).get(line.variantId());
        if (offer == null || !offer.onSale()) {
            throw new InvalidInputException("quantity", "cannot be changed: the item is no longer sold; remove it");
        }
        cart.change(lineId, quantity, offer.price(), offer.available(), Instant.now());
        return present(cart, List.of());
    }

    public CartView remove(String guestToken, long lineId) {
        Cart cart = existing(guestToken).orElseThrow(() -> noLine(lineId));
        cart.remove(lineId, Instant.now());
        return present(cart, List.of());
    }

    /**
     * After sign-in: the guest cart's lines join the customer's cart (quantities add up, capped by
     * stock) and the guest cart is gone. A token that names no cart changes nothing.
     */
    public CartView mergeGuestCart(String guestToken) {
        Shopper shopper = shoppers.required(caller.getCallerPrincipal(), "Sign in to keep your cart");
        Optional<Cart> guest = guestToken == null ? Optional.empty() : carts.ofGuest(SecretTokens.hash(guestToken));
        Instant now = Instant.now();
        Cart cart = carts.ofCustomerCreated(shopper.id(), now);
        List<String> notes = List.of();
        if (guest.isPresent()) {
            Map<Long, MergeFacts.Offer> facts = new HashMap<>();
            offers.of(guest.get().lines().stream().map(CartLine::variantId).toList()).values().stream()
                    .filter(Offer::onSale)
                    .forEach(o -> facts.put(o.variantId(), new MergeFacts.Offer(o.productName(), o.price(), o.available())));
            notes = cart.absorb(guest.get(), new MergeFacts(facts), now);
            carts.remove(guest.get());
            carts.flush();
        }
        return present(cart, notes);
    }

    private Optional<Cart> existing(String guestToken) {
        Optional<Shopper> shopper = shopper();
        if (shopper.isPresent()) {
            return carts.ofCustomer(shopper.get().id());
        }
        return guestToken == null || guestToken.isBlank() ? Optional.empty() : carts.ofGuest(SecretTokens.hash(guestToken));
    }

    private Optional<Shopper> shopper() {
        return shoppers.signedIn(caller.getCallerPrincipal());
    }

    /** The cart with each line re-checked; prices shown now count as seen. */
    private CartView present(Cart cart, List<String> earlierNotes) {
        Map<Long, Offer> current = offers.of(cart.lines().stream().map(CartLine::variantId).toList());
        List<String> notices = new ArrayList<>(earlierNotes);
        Map<Long, List<CartView.Line>> byShop = new LinkedHashMap<>();
        Map<Long, Offer> shopOf = new HashMap<>();
        Map<Long, Money> seen = new HashMap<>();
        boolean ready = !cart.isEmpty();
        int items = 0;
        for (CartLine line : cart.lines()) {
            Offer offer = current.get(line.variantId());
            String problem = problem(cart, line, offer);
            ready &= problem == null;
            if (offer.price().currencyCode().equals(cart.currency()) && offer.price().amountMinor() != line.seenPriceAmount()) {
                Money before = Money.ofMinor(line.seenPriceAmount(), cart.currency());
                notices.add("The price of " + offer.productName() + " (" + offer.variantTitle() + ") went "
                        + (offer.price().compareTo(before) > 0 ? "up" : "down") + " from " + before + " to " + offer.price() + ".");
            }
            if (problem != null) {
                notices.add(offer.productName() + " (" + offer.variantTitle() + "): " + problem + ".");
            }
            seen.put(line.variantId(), offer.price());
            items += line.quantity();
            shopOf.putIfAbsent(offer.vendorId(), offer);
            byShop.computeIfAbsent(offer.vendorId(), v -> new ArrayList<>()).add(new CartView.Line(line.id(), line.variantId(),
                    offer.productId(), offer.productName(), offer.productSlug(), offer.variantTitle(), offer.sku(),
                    line.quantity(), offer.price(), offer.price().times(line.quantity()), Math.max(offer.available(), 0),
                    offer.imageId(), problem));
        }
        cart.pricesSeen(seen);
        List<CartView.ShopGroup> shops = new ArrayList<>();
        Money total = cart.currency() == null ? null : Money.ofMinor(0, cart.currency());
        for (var entry : byShop.entrySet()) {
            Offer shop = shopOf.get(entry.getKey());
            Money subtotal = entry.getValue().stream().map(CartView.Line::amount)
                    .filter(m -> m.currencyCode().equals(cart.currency()))
                    .reduce(Money.ofMinor(0, cart.currency()), Money::plus);
            total = total.plus(subtotal);
            shops.add(new CartView.ShopGroup(shop.vendorId(), shop.vendorName(), shop.vendorSlug(), List.copyOf(entry.getValue()), subtotal));
        }
        return new CartView(null, cart.currency(), List.copyOf(shops), items, total, List.copyOf(notices), ready);
    }

    private static String problem(Cart cart, CartLine line, Offer offer) {
        if (!offer.onSale()) {
            return "no longer sold; remove it to check out";
        }
        if (!offer.price().currencyCode().equals(cart.currency())) {
            return "now priced in " + offer.price().currencyCode() + "; remove it to check out";
        }
        if (offer.available() <= 0) {
            return "out of stock; remove it to check out";
        }
        if (line.quantity() > offer.available()) {
            return "only " + offer.available() + " in stock; lower the quantity to check out";
        }
        return null;
    }

    private static NotFoundException noLine(long lineId) {
        return new NotFoundException("No line " + lineId + " in your cart");
    }

    private static CartView emptyCart() {
        return new CartView(null, null, List.of(), 0, null, List.of(), false);
    }
}

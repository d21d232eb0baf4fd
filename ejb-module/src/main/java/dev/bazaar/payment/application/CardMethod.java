package dev.bazaar.payment.application;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Payment by card through Stripe, offered when Stripe's keys are configured. In the checkout's
 * transaction it records the group's payment; after that commits it has Stripe make the
 * PaymentIntent (one per group, by idempotency key) and hands out its client secret.
 */
@ApplicationScoped
public class CardMethod implements PaymentMethod {

    public static final String CODE = "CARD";

    @Inject
    CardSettings settings;

    @Inject
    @ConfigProperty(name = "bazaar.payment.card-window-minutes", defaultValue = "30")
    long windowMinutes;

    @Inject
    CardPaymentWork work;

    @Inject
    CardPaymentDesk desk;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "Card (Visa, Mastercard, American Express …)";
    }

    @Override
    public int rank() {
        return 1;
    }

    @Override
    public boolean available() {
        return settings.configured();
    }

    /** A card is paid at once or not at all: the stock waits minutes ({@code bazaar.payment.card-window-minutes}). */
    @Override
    public Duration paymentWindow() {
        return Duration.ofMinutes(windowMinutes);
    }

    @Override
    public PaymentStart begin(PaymentRequest request) {
        return work.prepare(request);
    }

    @Override
    public PaymentStart afterCommit(PaymentRequest request, PaymentStart begun) {
        return desk.open(request.orderGroupId());
    }

    @Override
    public void shopperReturned(long orderGroupId) {
        desk.refresh(orderGroupId);
    }

    @Override
    public void orderGaveUp(long orderGroupId) {
        desk.giveUp(orderGroupId);
    }
}

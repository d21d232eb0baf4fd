package dev.bazaar.payment.application;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bank transfer or cash on delivery: the order waits in PENDING_PAYMENT until a platform admin marks
 * it paid. Always available; the bank account comes from configuration.
 */
@ApplicationScoped
public class ManualPayment implements PaymentMethod {

    public static final String CODE = "MANUAL";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "bazaar.payment.bank-account", defaultValue = "Bazaar Marketplace AS, IBAN NO93 8601 1117 947")
    String bankAccount;

    @Inject
    @ConfigProperty(name = "bazaar.payment.bank-transfer-days", defaultValue = "7")
    long windowDays;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String label() {
        return "Bank transfer or cash on delivery";
    }

    @Override
    public int rank() {
        return 0;
    }

    @Override
    public boolean available() {
        return true;
    }

    /** A transfer takes days to arrive: the stock waits {@code bazaar.payment.bank-transfer-days} (7 by default). */
    @Override
    public Duration paymentWindow() {
        return Duration.ofDays(windowDays);
    }

    @Override
    public PaymentStart begin(PaymentRequest request) {
        String instructions = "Transfer " + request.total().format(Locale.ENGLISH) + " to " + bankAccount
                + " with the reference " + request.orderNumber()
                + (request.payBefore() == null ? "" : " before " + WHEN.format(request.payBefore()))
                + ", or pay the courier on delivery. We hold your items until then.";
        PaymentStart.Words words = request.payBefore() == null
                ? PaymentStart.Words.of("transfer", request.total(), null, bankAccount, request.orderNumber())
                : PaymentStart.Words.of("transferBefore", request.total(), request.payBefore(), bankAccount, request.orderNumber());
        return new PaymentStart(CODE, instructions, words, null, null);
    }
}

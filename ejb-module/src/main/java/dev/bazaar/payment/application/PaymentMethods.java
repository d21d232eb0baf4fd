package dev.bazaar.payment.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import dev.bazaar.kernel.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The payment methods that can be offered now, found among the {@link PaymentMethod} beans. */
@Dependent
public class PaymentMethods {

    @Inject
    @Any
    Instance<PaymentMethod> methods;

    public List<PaymentMethod> available() {
        return StreamSupport.stream(methods.spliterator(), false)
                .filter(PaymentMethod::available)
                .sorted(Comparator.comparingInt(PaymentMethod::rank).thenComparing(PaymentMethod::code))
                .toList();
    }

    /** Tells every method that the order expired unpaid (a method without a payment for it does nothing). */
    public void orderGaveUp(long orderGroupId) {
        for (PaymentMethod method : methods) {
            method.orderGaveUp(orderGroupId);
        }
    }

    /** The method a client chose; an unknown or unavailable code is a 422 naming the ones there are. */
    public PaymentMethod chosen(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        List<PaymentMethod> offered = available();
        return offered.stream().filter(m -> m.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("paymentMethod", "must be one of "
                        + offered.stream().map(PaymentMethod::code).toList()));
    }
}

package dev.bazaar.payment.application;

import java.util.List;
import java.util.Optional;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.Role;
import dev.bazaar.payment.domain.CardPayments;
import dev.bazaar.payment.domain.Disputes;
import dev.bazaar.payment.domain.Refunds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What platform admins read of payments: an order group's card payment, refunds and disputes; open disputes; the settings. */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class PaymentAdministration {

    /** An order group's money as the admin order page shows it. */
    public record GroupPayments(Optional<PaymentView> card, List<RefundView> refunds, List<DisputeView> disputes) {
    }

    @Inject
    CardPayments payments;

    @Inject
    Refunds refunds;

    @Inject
    Disputes disputes;

    @Inject
    CardSettings settings;

    @Inject
    CallerScope callers;

    public GroupPayments ofGroup(long orderGroupId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Optional<PaymentView> card = payments.ofGroup(orderGroupId).map(PaymentView::of);
        String orderNumber = card.map(PaymentView::orderNumber).orElse(null);
        return new GroupPayments(card, refunds.ofGroup(orderGroupId).stream().map(RefundView::of).toList(),
                disputes.ofGroup(orderGroupId).stream().map(d -> DisputeView.of(d, orderNumber)).toList());
    }

    /** Disputes still open, oldest first (at most 200), each with its order's number. */
    public List<DisputeView> openDisputes() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return disputes.open(200).stream().map(o -> DisputeView.of(o.dispute(), o.orderNumber())).toList();
    }

    /** Stripe's settings with the secrets masked. */
    public CardSettings.Masked settings() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return settings.masked();
    }
}

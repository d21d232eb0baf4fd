package dev.bazaar.payment.domain;

import java.util.Locale;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;

/**
 * How much of a part may still be refunded: its total less every refund that counts (all but the
 * failed ones). Amounts are minor units of the part's currency, so a yen and a cent are both exact.
 */
public record RefundAllowance(String partNumber, Money total, long countedMinor) {

    public long remainingMinor() {
        return total.amountMinor() - countedMinor;
    }

    /**
     * What a refund asked for {@code askedMinor} (null: all that remains) may be: a refusal when it is
     * not above zero (422), the part is refunded in full or it asks for more than remains (409).
     */
    public Money grant(Long askedMinor) {
        if (askedMinor != null && askedMinor <= 0) {
            throw new InvalidInputException("amountMinor", "must be more than zero");
        }
        long remaining = remainingMinor();
        if (remaining <= 0) {
            throw new ConflictException("amountMinor", "cannot be refunded: part " + partNumber + " is refunded in full");
        }
        long amount = askedMinor == null ? remaining : askedMinor;
        if (amount > remaining) {
            throw new ConflictException("amountMinor", "is more than the " + Money.ofMinor(remaining, total.currencyCode())
                    .format(Locale.ENGLISH) + " that part " + partNumber + " can still be refunded");
        }
        return Money.ofMinor(amount, total.currencyCode());
    }
}

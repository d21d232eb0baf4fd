package dev.bazaar.payment.application;

import java.time.LocalDate;

import dev.bazaar.kernel.Money;

/** The commission the platform earned on one UTC day in one currency (kept when a sale is refunded or disputed). */
public record CommissionDayView(LocalDate day, Money earned) {
}

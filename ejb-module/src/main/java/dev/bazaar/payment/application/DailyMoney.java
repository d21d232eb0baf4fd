package dev.bazaar.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.CurrencyTotals;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Role;
import dev.bazaar.payment.domain.CardPayments;
import dev.bazaar.payment.domain.Disputes;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.LedgerKind;
import dev.bazaar.payment.domain.Refunds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The platform's money day by day (UTC), for admins: the reconciliation of each day with money moving,
 * per currency ({@link ShopMoney#reconciliation} is the whole of it), and the commission earned per day.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class DailyMoney {

    /** The stretch shown when none is asked for. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest stretch asked for at once. */
    public static final int MAX_DAYS = 366;

    @Inject
    CallerScope callers;

    @Inject
    Ledger ledger;

    @Inject
    CardPayments cardPayments;

    @Inject
    Refunds refunds;

    @Inject
    Disputes disputes;

    @Inject
    ManualReceipts manualReceipts;

    /** Each day of the last {@code days} (today included) on which money moved, per currency, newest first. */
    public List<DayReconciliationView> reconciliationByDay(int days) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Instant since = firstDay(days);
        Map<CurrencyTotals.Day, Long> card = cardPayments.succeededByDay(since);
        Map<CurrencyTotals.Day, Long> manual = manualReceipts.totalsByDay(since);
        Map<CurrencyTotals.Day, Long> back = refunds.doneByDay(since);
        Map<CurrencyTotals.Day, Long> disputed = disputes.takenByDay(since);
        Map<CurrencyTotals.Day, Long> paidOut = new HashMap<>(ledger.paidOutByHandByDay(since));
        ledger.totalsByDay(since, LedgerKind.TRANSFER, LedgerKind.TRANSFER_REVERSAL)
                .forEach((day, amount) -> paidOut.merge(day, -amount, Long::sum));
        Map<CurrencyTotals.Day, Long> entries = ledger.totalsByDay(since);
        TreeSet<CurrencyTotals.Day> moved = new TreeSet<>(Comparator.comparing(CurrencyTotals.Day::day).reversed()
                .thenComparing(CurrencyTotals.Day::currency));
        for (Map<CurrencyTotals.Day, Long> totals : List.of(card, manual, back, disputed, paidOut, entries)) {
            moved.addAll(totals.keySet());
        }
        List<DayReconciliationView> views = new ArrayList<>();
        for (CurrencyTotals.Day day : moved) {
            views.add(new DayReconciliationView(day.day(), ReconciliationView.of(day.currency(), card.getOrDefault(day, 0L),
                    manual.getOrDefault(day, 0L), back.getOrDefault(day, 0L), disputed.getOrDefault(day, 0L),
                    paidOut.getOrDefault(day, 0L), entries.getOrDefault(day, 0L))));
        }
        return views;
    }

    /** The commission earned on each of the last {@code days} (today included), per currency, oldest first, a day without any at zero. */
    public List<CommissionDayView> commissionByDay(int days) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Instant since = firstDay(days);
        Map<CurrencyTotals.Day, Long> earned = ledger.totalsByDay(since, LedgerKind.COMMISSION_EARNED);
        TreeSet<String> currencies = new TreeSet<>();
        earned.keySet().forEach(day -> currencies.add(day.currency()));
        List<CommissionDayView> views = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(since, ZoneOffset.UTC);
        for (LocalDate day = first; !day.isAfter(today()); day = day.plusDays(1)) {
            for (String currency : currencies) {
                views.add(new CommissionDayView(day, Money.ofMinor(earned.getOrDefault(new CurrencyTotals.Day(currency, day), 0L), currency)));
            }
        }
        return views;
    }

    private static Instant firstDay(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "must be from 1 to " + MAX_DAYS);
        }
        return today().minusDays(days - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }
}

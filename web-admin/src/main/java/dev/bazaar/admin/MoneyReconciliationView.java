package dev.bazaar.admin;

import java.util.List;

import dev.bazaar.payment.application.CommissionDayView;
import dev.bazaar.payment.application.DailyMoney;
import dev.bazaar.payment.application.DayReconciliationView;
import dev.bazaar.payment.application.ReconciliationView;
import dev.bazaar.payment.application.ShopMoney;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The admins' half of Money: the reconciliation per currency and per day of the last
 * {@value DailyMoney#DEFAULT_DAYS}, and the commission earned each day as a chart. Each is read when a
 * request first shows it, so the table a payout redraws is read after the payout.
 */
@Named("moneyReconciliation")
@RequestScoped
public class MoneyReconciliationView {

    @EJB
    ShopMoney shopMoney;

    @EJB
    DailyMoney dailyMoney;

    private List<ReconciliationView> reconciliation;
    private List<DayReconciliationView> dailyReconciliation;
    private List<CommissionDayView> commission;

    public List<ReconciliationView> getReconciliation() {
        if (reconciliation == null) {
            reconciliation = shopMoney.reconciliation();
        }
        return reconciliation;
    }

    public List<DayReconciliationView> getDailyReconciliation() {
        if (dailyReconciliation == null) {
            dailyReconciliation = dailyMoney.reconciliationByDay(DailyMoney.DEFAULT_DAYS);
        }
        return dailyReconciliation;
    }

    /** The commission earned per day of the last {@value DailyMoney#DEFAULT_DAYS}, as p:chart's configuration; null when none was earned. */
    public String getCommissionChart() {
        if (commission == null) {
            commission = dailyMoney.commissionByDay(DailyMoney.DEFAULT_DAYS);
        }
        return commission.isEmpty() ? null : CommissionChart.daily(commission);
    }

    public int getDays() {
        return DailyMoney.DEFAULT_DAYS;
    }
}

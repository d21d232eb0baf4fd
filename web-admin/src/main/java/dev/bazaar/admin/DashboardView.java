package dev.bazaar.admin;

import java.io.Serializable;
import java.util.List;

import dev.bazaar.analytics.application.SalesReport;
import dev.bazaar.analytics.application.SalesReporting;
import dev.bazaar.analytics.domain.Period;
import dev.bazaar.analytics.domain.ProductRanking;
import dev.bazaar.analytics.domain.SalesFigures;
import dev.bazaar.web.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The sales dashboard: a shop's members see their shop, platform admins the whole platform or the
 * shop they pick. Headline figures, revenue per day as a chart and the top products, per currency.
 */
@Named("dashboard")
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SalesReporting reporting;

    private boolean platformAdmin;
    private int days = Period.DEFAULT_DAYS;
    private String ranking = ProductRanking.UNITS.name();
    private Long vendorId;
    private List<SalesFigures.ShopName> shops = List.of();
    private SalesReport report;

    @PostConstruct
    void load() {
        platformAdmin = CallerRoles.isPlatformAdmin();
        if (platformAdmin) {
            Outcome.summary().report(() -> shops = reporting.shopsWithSales(), null);
        }
        refresh();
    }

    /** Reads the report again for the chosen period, ranking and (admins) shop. */
    public void refresh() {
        ProductRanking by = ProductRanking.valueOf(ranking);
        Outcome.summary().report(() -> report = platformAdmin ? reporting.platformSales(days, vendorId, by) : reporting.shopSales(days, by), null);
    }

    public String getSalesChart() {
        return report == null ? null : SalesChart.dailyRevenue(report);
    }

    /** What the figures are of: the shop's name, or the whole platform. */
    public String getScope() {
        if (report == null) {
            return "";
        }
        return report.shopName() == null ? "Whole platform" : report.shopName();
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public SalesReport getReport() {
        return report;
    }

    public List<SalesFigures.ShopName> getShops() {
        return shops;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getRanking() {
        return ranking;
    }

    public void setRanking(String ranking) {
        this.ranking = ranking;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public void setVendorId(Long vendorId) {
        this.vendorId = vendorId;
    }
}

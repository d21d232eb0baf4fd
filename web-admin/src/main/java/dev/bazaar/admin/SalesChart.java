package dev.bazaar.admin;

import java.util.List;

import dev.bazaar.analytics.application.SalesReport;
import dev.bazaar.kernel.Money;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js configuration {@code p:chart} draws the daily sales with: one bar per day, one
 * dataset per currency (currencies are never added together). It holds only dates, currency codes and
 * numbers: p:chart writes it into a script unescaped, so no text a shop typed may go in.
 */
final class SalesChart {

    private static final List<String> COLOURS = List.of("#c2410c", "#2563eb", "#16a34a", "#7c3aed", "#db2777", "#0891b2");

    private SalesChart() {
    }

    static String dailyRevenue(SalesReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.days().forEach(day -> labels.add(day.day().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<String> currencies = report.currencies();
        for (int i = 0; i < currencies.size(); i++) {
            String currency = currencies.get(i);
            JsonArrayBuilder amounts = Json.createArrayBuilder();
            for (Money amount : report.dailyAmounts(currency)) {
                amounts.add(amount.toDecimal());
            }
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", "Revenue (" + currency + ")").add("data", amounts)
                    .add("backgroundColor", colour).add("borderColor", colour));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                        .add("display", true).add("text", "Revenue per day (UTC)")));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}

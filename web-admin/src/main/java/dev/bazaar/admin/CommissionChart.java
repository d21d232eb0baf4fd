package dev.bazaar.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.bazaar.payment.application.CommissionDayView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The Chart.js configuration {@code p:chart} draws the commission earned per day with: one bar per UTC
 * day, one dataset per currency (never added together). Only dates, currency codes and numbers go in,
 * as p:chart writes it into a script unescaped.
 */
final class CommissionChart {

    private static final List<String> COLOURS = List.of("#16a34a", "#2563eb", "#c2410c", "#7c3aed", "#db2777", "#0891b2");

    private CommissionChart() {
    }

    static String daily(List<CommissionDayView> days) {
        Map<LocalDate, Boolean> labels = new TreeMap<>();
        Map<String, JsonArrayBuilder> amounts = new LinkedHashMap<>();
        for (CommissionDayView day : days) {
            labels.put(day.day(), Boolean.TRUE);
            amounts.computeIfAbsent(day.earned().currencyCode(), c -> Json.createArrayBuilder()).add(day.earned().toDecimal());
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.keySet().forEach(day -> labelArray.add(day.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<String> currencies = new ArrayList<>(amounts.keySet());
        for (int i = 0; i < currencies.size(); i++) {
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", "Commission (" + currencies.get(i) + ")")
                    .add("data", amounts.get(currencies.get(i))).add("backgroundColor", colour).add("borderColor", colour));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", "Commission earned per day (UTC)"))))
                .build().toString();
    }
}

package dev.bazaar.analytics.domain;

/** How a report ranks its top products: by units sold, or by the amount they brought in (within a currency). */
public enum ProductRanking {
    UNITS,
    AMOUNT
}

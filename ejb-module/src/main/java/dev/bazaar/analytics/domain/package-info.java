/**
 * The sales read model: what one event changes ({@link dev.bazaar.analytics.domain.SalesChange}),
 * the period a report covers, and the repository that adds changes up with upserts and reads the
 * figures back per day and per product.
 */
package dev.bazaar.analytics.domain;

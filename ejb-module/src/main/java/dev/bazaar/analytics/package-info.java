/**
 * Analytics: read models fed by domain events. Sales per shop, day and currency, and per product,
 * kept by an idempotent consumer of order.paid and order.cancelled, and the reports shops and
 * platform admins read from them (the back-office dashboard and the API).
 */
package dev.bazaar.analytics;

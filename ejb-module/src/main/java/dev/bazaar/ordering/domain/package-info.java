/**
 * Order groups, vendor orders, lines and their status history; the state machine
 * ({@link dev.bazaar.ordering.domain.VendorOrderStatus}); checkout pricing; coupons; the shipping and
 * tax rates ({@link dev.bazaar.ordering.domain.RateTables}); and the repository with the rates checkout reads.
 */
package dev.bazaar.ordering.domain;

/**
 * Ordering: checkout, order groups split into one vendor order per shop, the vendor-order lifecycle,
 * coupons, shipping and tax rates. {@code domain} holds the aggregates, the pricing and the state
 * machine; {@code application} the EJB services (customers', vendors', admins') and the reservation
 * expiry timer.
 */
package dev.bazaar.ordering;

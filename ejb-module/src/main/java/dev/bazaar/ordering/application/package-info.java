/**
 * The ordering services: checkout (one transaction for orders, reservations, coupon use, the emptied
 * cart and order.placed), customers' orders, vendors' order desk, the admins' order administration,
 * and the expiry of unpaid reservations. They return records, never entities.
 */
package dev.bazaar.ordering.application;

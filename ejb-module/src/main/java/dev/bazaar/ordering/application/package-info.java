/**
 * The ordering services: checkout (one transaction for orders, reservations, coupon use, the emptied
 * cart and order.placed), customers' orders, vendors' order desk, the admins' order administration,
 * the expiry of unpaid reservations, and the rates checkout prices with: shops' own shipping rates,
 * the admins' tax rates and default shipping. They return records, never entities.
 */
package dev.bazaar.ordering.application;

/**
 * Payment: the ways a checkout can be paid. For now the manual method (bank transfer or cash on
 * delivery, marked paid by an admin); card payments through Stripe join as another
 * {@link dev.bazaar.payment.application.PaymentMethod}.
 */
package dev.bazaar.payment;

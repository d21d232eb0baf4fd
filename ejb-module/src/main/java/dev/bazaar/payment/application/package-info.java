/** The payment-method interface checkout calls, its registry and the manual method. */
package dev.bazaar.payment.application;

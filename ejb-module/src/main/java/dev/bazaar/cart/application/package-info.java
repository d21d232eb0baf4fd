/** The shopping-cart service and the view it returns. */
package dev.bazaar.cart.application;

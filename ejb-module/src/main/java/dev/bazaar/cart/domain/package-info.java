/** The cart aggregate (cart and lines), its repository, and the read of what the catalog offers now. */
package dev.bazaar.cart.domain;

/**
 * Cart: guests' and customers' carts, kept in PostgreSQL so any server can answer, re-checked
 * against the catalog and the stock whenever they are shown. {@code domain} holds the cart aggregate
 * and the catalog facts it reads; {@code application} the EJB service the web modules and the API call.
 */
package dev.bazaar.cart;

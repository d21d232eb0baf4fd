/**
 * The inventory context: a vendor's stock locations, stock per variant and location (on hand and
 * reserved, guarded by database constraints as well as the domain), and the movement written for
 * every change.
 */
package dev.bazaar.inventory;

/** Stock locations, stock levels with their arithmetic rules, stock movements, and their repository. */
package dev.bazaar.inventory.domain;

/**
 * The shared kernel every context uses: {@link dev.bazaar.kernel.Money}, paging records, and the
 * business exceptions that the web and API layers map once to HTTP statuses and page messages.
 */
package dev.bazaar.kernel;

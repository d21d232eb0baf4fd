/**
 * Pictures vendors upload (product galleries, shop logos): checked, re-encoded into renditions and
 * served from PostgreSQL with caching headers.
 */
package dev.bazaar.media;

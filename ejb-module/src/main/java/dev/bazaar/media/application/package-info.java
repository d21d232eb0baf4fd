/** Serving renditions to whoever may see them: shoppers the published ones, a shop's staff their own. */
package dev.bazaar.media.application;

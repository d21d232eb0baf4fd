/**
 * Reviews and ratings: a buyer's review of a delivered order line, its moderation by platform admins,
 * helpful votes and reports of abuse from shoppers, the shop's one public reply, and the ratings of
 * approved reviews tallied per product and per shop. {@code domain} holds the review aggregate, its
 * states and the store that keeps the tallies; {@code application} the services shoppers, shops and
 * admins call, and the reads the product page and the API show.
 */
package dev.bazaar.review;

/**
 * Notification: what Bazaar tells people by mail. Mail is written to the outgoing-mail table in the
 * transaction that decides to send it and delivered afterwards by an MDB, with retries.
 */
package dev.bazaar.notification;

/** Outgoing mail and its delivery state. */
package dev.bazaar.notification.domain;

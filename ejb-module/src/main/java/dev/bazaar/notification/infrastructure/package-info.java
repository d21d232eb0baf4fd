/** SMTP through the server's mail session, and the JMS queue between queueing and delivery. */
package dev.bazaar.notification.infrastructure;

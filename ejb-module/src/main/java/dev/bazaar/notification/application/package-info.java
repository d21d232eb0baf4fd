/** Queueing mail, delivering it, and the admins' view of what went out. */
package dev.bazaar.notification.application;

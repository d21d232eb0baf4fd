/** Recording security events. */
package dev.bazaar.audit.application;

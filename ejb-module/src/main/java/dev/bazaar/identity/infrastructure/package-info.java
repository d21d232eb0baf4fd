/** Start-up and container plumbing of the identity context: demo accounts, the Jakarta Security identity store. */
package dev.bazaar.identity.infrastructure;

/**
 * The vendor context: shops selling on Bazaar, how they apply and are approved, rejected or suspended
 * by platform admins, their public profile and the platform's commission on their sales.
 */
package dev.bazaar.vendor;

/**
 * The vendor aggregate and its status rules, the application a would-be vendor fills in, commission
 * rates, and the repositories for vendors and platform settings.
 */
package dev.bazaar.vendor.domain;

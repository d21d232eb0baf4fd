/**
 * The projection that turns order events into sales figures (once per event), and the sales reports
 * shops and platform admins ask for; the reports return records, with amounts per currency.
 */
package dev.bazaar.analytics.application;

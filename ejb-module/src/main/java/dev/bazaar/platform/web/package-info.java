/** Presentation support the web modules share (they see the core module through the EAR). */
package dev.bazaar.platform.web;

/** Decoding and re-encoding uploads, and storing their renditions. */
package dev.bazaar.media.domain;

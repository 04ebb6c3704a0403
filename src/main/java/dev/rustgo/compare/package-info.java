/**
 * The portfolio as it was: git read as data, an earlier {@code audit.json} read as untrusted
 * input, and what a change moves between the two.
 */
package dev.rustgo.compare;

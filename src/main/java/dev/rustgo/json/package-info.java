/**
 * The one layout of every JSON file the plugin writes.
 */
package dev.rustgo.json;

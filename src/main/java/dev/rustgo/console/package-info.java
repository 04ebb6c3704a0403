/**
 * What goals print: the audit's lines, {@code rustgo:explain}, GitHub workflow commands.
 */
package dev.rustgo.console;

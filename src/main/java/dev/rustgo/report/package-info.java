/**
 * The report files, one class per format, each written whole or not at all, byte-identical for the
 * same input.
 */
package dev.rustgo.report;

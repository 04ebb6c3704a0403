/**
 * What users are told about their input: positioned {@link dev.rustgo.diagnostics.Problem}s, "did
 * you mean" suggestions, the loader's typed {@link dev.rustgo.diagnostics.Notice}s, and how a file
 * of the build is named.
 */
package dev.rustgo.diagnostics;

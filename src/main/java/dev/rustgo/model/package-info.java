/**
 * The portfolio as the audit sees it: the descriptor fields ({@link dev.rustgo.model.Field}),
 * their enums, a {@link dev.rustgo.model.Service} with where each value came from, and the {@link
 * dev.rustgo.model.Portfolio} (unique names, fan-in).
 */
package dev.rustgo.model;

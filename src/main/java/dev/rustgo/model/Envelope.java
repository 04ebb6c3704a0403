package dev.rustgo.model;

/**
 * The kinds of descriptor, as {@code rustgo:scaffold} writes them. A service does not keep which one
 * it came from: what the engine asks of its envelope is its {@link Dialect}.
 */
public enum Envelope implements Token {
    /** {@code apiVersion: rustgo.dev/v1}, {@code kind: Service}. */
    NATIVE,
    /** A Backstage {@code Component}, its fields in {@code rustgo.dev/} annotations. */
    BACKSTAGE
}

package dev.rustgo.model;

/** Which kind of descriptor a service came from. */
public enum Envelope implements Token {
    /** {@code apiVersion: rustgo.dev/v1}, {@code kind: Service}. */
    NATIVE,
    /** A Backstage {@code Component}, its fields in {@code rustgo.dev/} annotations. */
    BACKSTAGE
}

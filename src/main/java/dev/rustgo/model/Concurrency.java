package dev.rustgo.model;

/** How hard the concurrency of a service is ({@code spec.concurrency}). */
public enum Concurrency implements Token {
    SIMPLE,
    MODERATE,
    HARD
}

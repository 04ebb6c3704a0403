package dev.rustgo.model;

/** Where a service is in its life ({@code spec.lifecycle}). */
public enum Lifecycle implements Token {
    EXPERIMENTAL,
    PRODUCTION,
    DEPRECATED
}

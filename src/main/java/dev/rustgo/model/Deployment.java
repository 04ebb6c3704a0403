package dev.rustgo.model;

/** Where a service runs ({@code spec.deployment}). */
public enum Deployment implements Token {
    KUBERNETES,
    VM,
    SERVERLESS,
    EDGE,
    WASM,
    NATIVE_MODULE,
    EMBEDDED,
    CLI
}

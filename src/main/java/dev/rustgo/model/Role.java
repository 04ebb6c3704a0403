package dev.rustgo.model;

/** What a service does in the architecture ({@code spec.role}). */
public enum Role implements Token {
    DATA_PLANE,
    CONTROL_PLANE,
    ADMIN_API,
    ORCHESTRATION,
    API,
    WORKER,
    STREAM_PROCESSOR,
    PROXY,
    EDGE,
    STORAGE,
    BATCH,
    TOOLING
}

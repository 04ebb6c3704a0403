package dev.rustgo.model;

/** Why defects in a service are expensive ({@code spec.criticality}). */
public enum Criticality implements Token {
    FINANCIAL,
    CORE_INFRASTRUCTURE,
    INGESTION,
    REALTIME,
    SECURITY_BOUNDARY,
    SAFETY
}

package dev.rustgo.model;

/**
 * How a service's descriptor envelope speaks: what the engine asks of it without knowing which
 * envelope it is. Each envelope's reader ({@code load.EnvelopeReader}) is its dialect; a service
 * built without one speaks the {@link #CONTRACT contract's} own words.
 */
public interface Dialect {

    /** The contract's words: fields by their path, no reference outside the portfolio. */
    Dialect CONTRACT = new Dialect() {};

    /** Where a message says {@code field} is written: {@code spec.language}, say. */
    default String written(Field field) {
        return field.path();
    }

    /** What a message says of a required {@code field} left out. */
    default String missing(Field field) {
        return "missing required field " + field.path();
    }

    /**
     * Whether a {@code dependsOn} reference that names no service of the portfolio is an external
     * dependency (kept, as written) rather than a dangling one (a problem of the descriptor).
     */
    default boolean externalReferences() {
        return false;
    }
}

package dev.rustgo.model;

import java.util.Objects;

/**
 * Where a value the descriptor leaves out was read from in the repository: the file (relative to
 * the project base directory, {@code /} separators), the place of the value in it, and what it is
 * there ({@code HPA maxReplicas}, {@code go.mod}).
 */
public record Provenance(String file, Position position, String source) {

    public Provenance {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(source, "source");
    }

    /** {@code deploy/orders.yaml:9:13 (HPA maxReplicas)}: how reports and the log name it. */
    @Override
    public String toString() {
        return file + ":" + position.line() + ":" + position.column() + " (" + source + ")";
    }
}

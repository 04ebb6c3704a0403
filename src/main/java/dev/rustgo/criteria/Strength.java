package dev.rustgo.criteria;

import dev.rustgo.model.Token;

/**
 * What a piece of evidence does to the verdict. Toward Rust: a {@code mild} figure is shown and
 * counts nowhere (mild figures never add up to a rewrite); {@code corroborates} counts only beside
 * a central requirement; {@code demand} is a central requirement of the guides clearly present
 * (alone, at least a {@code review}); {@code strong} is one beyond doubt (alone, enough for a case).
 * Toward Go: the {@code prior} every service has, and {@code pressure}, which keeps a Rust case at
 * {@code review}. The weight is what the pressure scores add up, for the chart and the report.
 */
public enum Strength implements Token {
    MILD(0),
    CORROBORATES(1),
    DEMAND(2),
    STRONG(3),
    PRIOR(1),
    PRESSURE(1);

    private final int weight;

    Strength(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    /** A central requirement, clearly present. */
    public boolean demands() {
        return this == DEMAND || this == STRONG;
    }
}

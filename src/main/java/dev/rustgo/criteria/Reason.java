package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Position;

/**
 * One piece of evidence and what it does: the criterion, which way it pushes, its {@link Strength},
 * the evidence in words ({@code p99LatencyMs 2}), and the field and place it came from ({@code null}
 * for the Go prior, which no field gives).
 */
public record Reason(
        Criterion criterion, Direction direction, Strength strength, String evidence, Field field, Position position) {

    /** What the reason adds to its side's pressure score: 0 for a mild figure. */
    public double weight() {
        return strength.weight();
    }
}

package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Position;
import java.util.Set;

/**
 * One piece of evidence and what it does: the criterion, which way it pushes, its {@link Strength},
 * the requirements it bears on, the evidence in words ({@code p99LatencyMs 2}), and the field and
 * place it came from ({@code null} for the Go prior, which no field gives).
 *
 * @param bears for a demand, its requirement; for a corroboration, the requirements it supports;
 *     for a Go pressure, the requirements it weighs against; empty for a mild figure and the prior
 */
public record Reason(
        Criterion criterion,
        Direction direction,
        Strength strength,
        Set<Requirement> bears,
        String evidence,
        Field field,
        Position position) {

    /** What the reason adds to its side's pressure score: 0 for a mild figure. */
    public double weight() {
        return strength.weight();
    }

    /** Whether it bears on {@code requirement}. */
    public boolean bearsOn(Requirement requirement) {
        return bears.contains(requirement);
    }
}

package dev.rustgo.criteria;

import dev.rustgo.model.Field;
import dev.rustgo.model.Position;

/**
 * One piece of evidence and what it weighs: the criterion, which way it pushes, by how much, the
 * evidence in words ({@code p99LatencyMs 2}), and the field and place it came from ({@code null}
 * for the Go prior, which no field gives).
 */
public record Reason(Criterion criterion, Direction direction, double weight, String evidence, Field field,
        Position position) {}

package dev.rustgo.model;

/** The first delivery milestone ({@code spec.delivery.firstMilestone}). */
public enum Milestone implements Token {
    MVP,
    REPLACE_UNSTABLE,
    REPLACE_EXPENSIVE,
    EVOLVE
}

package dev.rustgo.model;

/** A team's experience with a language ({@code spec.team.*Experience}). */
public enum Experience implements Token {
    NONE,
    SOME,
    STRONG
}

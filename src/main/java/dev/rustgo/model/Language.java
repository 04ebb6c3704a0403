package dev.rustgo.model;

/** The implementation language of a service ({@code spec.language}). */
public enum Language implements Token {
    GO,
    RUST,
    JAVA,
    KOTLIN,
    PYTHON,
    NODE,
    DOTNET,
    CPP,
    C,
    OTHER,
    UNDECIDED
}

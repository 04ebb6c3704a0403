package dev.rustgo.criteria;

import dev.rustgo.model.Token;

/** Which way a criterion pushes. */
public enum Direction implements Token {
    RUST,
    GO,
    PORTFOLIO
}

package dev.rustgo.model;

/** What the criteria say of a service. */
public enum Verdict implements Token {
    /** The criteria make it a Rust candidate. */
    RUST,
    /** Go fits: the default holds. */
    GO,
    /** Strong signals both ways, or too little evidence to decide. */
    REVIEW
}

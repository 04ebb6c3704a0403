package dev.rustgo.model;

/** The type of a descriptor field's value, as the contract spells it. */
public enum ValueKind {
    /** A service name: 1-63 chars, [a-z0-9] at both ends, [a-z0-9-] between. */
    NAME,
    /** Free text. */
    TEXT,
    /** A whole number, 0 or more. */
    COUNT,
    /** A whole number, 1 or more. */
    POSITIVE_COUNT,
    /** A decimal number, 0 or more. */
    AMOUNT,
    /** A decimal number greater than 0. */
    POSITIVE_AMOUNT,
    /** An ISO date, yyyy-mm-dd. */
    DATE,
    /** One value of an enum. */
    ENUM,
    /** A list of values of an enum. */
    ENUM_LIST,
    /** A list of service names. */
    NAME_LIST
}

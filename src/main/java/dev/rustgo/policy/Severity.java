package dev.rustgo.policy;

import dev.rustgo.model.Token;

/** How much a finding matters, least first. */
public enum Severity implements Token {
    INFO,
    WARNING,
    ERROR
}

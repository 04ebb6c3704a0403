package dev.rustgo.policy;

import dev.rustgo.model.Token;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The lowest finding severity that fails the build ({@code rustgo.failOn}). */
public enum FailOn implements Token {
    ERROR,
    WARNING,
    NEVER;

    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity != Severity.INFO;
            case NEVER -> false;
        };
    }

    /** Reads the property's value; the message of the exception says what is allowed. */
    public static FailOn parse(String text) {
        return Token.parse(FailOn.class, text == null ? "" : text.strip())
                .orElseThrow(() -> new IllegalArgumentException("rustgo.failOn must be one of "
                        + Arrays.stream(values()).map(FailOn::id).collect(Collectors.joining(", "))
                        + "; found '" + text + "'"));
    }
}

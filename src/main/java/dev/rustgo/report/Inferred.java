package dev.rustgo.report;

import dev.rustgo.model.Token;

/** How the reports write an inferred value: an enum by its id, a number as it is. */
final class Inferred {

    private Inferred() {}

    static String value(Object value) {
        return value instanceof Token t ? t.id() : String.valueOf(value);
    }
}

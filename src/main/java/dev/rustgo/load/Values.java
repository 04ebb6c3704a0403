package dev.rustgo.load;

import dev.rustgo.diagnostics.Suggestions;
import dev.rustgo.model.Field;
import dev.rustgo.model.Token;
import dev.rustgo.yaml.Scalars;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns the text of a value into the typed value of a field, by the contract's rules and nothing
 * else: numbers are decimal as written (a leading zero never makes octal), dates are ISO
 * {@code yyyy-mm-dd}, enum values are lower-case as listed. Shared by every envelope, so a value
 * means the same wherever it is written.
 */
public final class Values {

    // Every value of every descriptor is checked against one of these shapes; they are simple enough
    // to check by hand, which a cold start does many times faster than a regular expression.

    /** {@code [a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?} */
    private static boolean isName(String text) {
        int n = text.length();
        if (n < 1 || n > 63 || !lowerOrDigit(text.charAt(0)) || !lowerOrDigit(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = text.charAt(i);
            if (!lowerOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private Values() {}

    /** A typed value, or the sentence that says why the text is not one. */
    public record Converted(Object value, String error) {
        static Converted ok(Object value) {
            return new Converted(value, null);
        }

        static Converted error(String error) {
            return new Converted(null, error);
        }

        public boolean failed() {
            return error != null;
        }
    }

    /** Converts the text of one scalar value of {@code field} (an item, for list fields). */
    public static Converted convert(Field field, String text) {
        return switch (field.kind()) {
            case NAME, NAME_LIST -> name(text);
            case TEXT -> Converted.ok(text);
            case COUNT -> whole(text, 0, "a whole number of 0 or more");
            case POSITIVE_COUNT -> whole(text, 1, "a whole number greater than 0");
            case AMOUNT -> decimal(text, false, "a number of 0 or more");
            case POSITIVE_AMOUNT -> decimal(text, true, "a number greater than 0");
            case DATE -> date(text);
            case ENUM, ENUM_LIST -> enumValue(field, text);
        };
    }

    /** Why {@code text} is not a service name, or {@code null} if it is one. */
    public static Converted name(String text) {
        if (isName(text)) {
            return Converted.ok(text);
        }
        return Converted.error("must be 1-63 characters of a-z, 0-9 and '-', starting and ending with a letter"
                + " or digit; found '" + text + "'");
    }

    private static Converted whole(String text, long min, String expected) {
        if (!Scalars.isWhole(text)) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        long value = Long.parseLong(text);
        if (value < min) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        return Converted.ok(value);
    }

    private static Converted decimal(String text, boolean positive, String expected) {
        if (!Scalars.isDecimal(text)) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (positive && value <= 0) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        return Converted.ok(value);
    }

    private static Converted date(String text) {
        LocalDate date = Scalars.isoDate(text);
        return date != null
                ? Converted.ok(date)
                : Converted.error("must be an ISO date (yyyy-mm-dd); found '" + text + "'");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Converted enumValue(Field field, String text) {
        List<String> allowed = field.allowedValues();
        if (allowed.contains(text)) {
            return Converted.ok(Token.parse((Class) field.enumType(), text).orElseThrow());
        }
        return Converted.error("must be one of " + String.join(", ", allowed) + "; found '" + text + "'"
                + Suggestions.hint(text, allowed));
    }
}

package dev.rustgo.load;

import dev.rustgo.model.Field;
import dev.rustgo.model.Token;
import java.time.DateTimeException;
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

    /** {@code [0-9]{1,15}} */
    private static boolean isWhole(String text) {
        return text.length() <= 15 && digits(text, 0, text.length()) == text.length() && !text.isEmpty();
    }

    /** {@code [0-9]{1,15}(\.[0-9]{1,9})?}: a number as descriptors and the policy file write one. */
    public static boolean isDecimal(String text) {
        int whole = digits(text, 0, text.length());
        if (whole < 1 || whole > 15) {
            return false;
        }
        if (whole == text.length()) {
            return true;
        }
        int fraction = text.length() - whole - 1;
        return text.charAt(whole) == '.' && fraction >= 1 && fraction <= 9
                && digits(text, whole + 1, text.length()) == fraction;
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} */
    private static boolean isDate(String text) {
        return text.length() == 10 && digits(text, 0, 4) == 4 && text.charAt(4) == '-' && digits(text, 5, 7) == 2
                && text.charAt(7) == '-' && digits(text, 8, 10) == 2;
    }

    /** How many ASCII digits {@code text} has from {@code from}, up to {@code to}. */
    private static int digits(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
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
        if (!isWhole(text)) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        long value = Long.parseLong(text);
        if (value < min) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        return Converted.ok(value);
    }

    private static Converted decimal(String text, boolean positive, String expected) {
        if (!isDecimal(text)) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (positive && value <= 0) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        return Converted.ok(value);
    }

    private static Converted date(String text) {
        LocalDate date = isoDate(text);
        return date != null ? Converted.ok(date)
                : Converted.error("must be an ISO date (yyyy-mm-dd); found '" + text + "'");
    }

    /**
     * The date {@code yyyy-mm-dd} names, or {@code null} if it names none ({@code 2027-02-30}).
     * Read by hand rather than with {@code LocalDate.parse}, whose formatter machinery costs a
     * noticeable part of a small build's start-up; the same dates, the same refusals.
     */
    public static LocalDate isoDate(String text) {
        if (text == null || !isDate(text)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
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

package dev.rustgo.load;

import dev.rustgo.model.Field;
import dev.rustgo.model.Token;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text of a value into the typed value of a field, by the contract's rules and nothing
 * else: numbers are decimal as written (a leading zero never makes octal), dates are ISO
 * {@code yyyy-mm-dd}, enum values are lower-case as listed. Shared by every envelope, so a value
 * means the same wherever it is written.
 */
public final class Values {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,9})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

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
        if (NAME.matcher(text).matches()) {
            return Converted.ok(text);
        }
        return Converted.error("must be 1-63 characters of a-z, 0-9 and '-', starting and ending with a letter"
                + " or digit; found '" + text + "'");
    }

    private static Converted whole(String text, long min, String expected) {
        if (!WHOLE.matcher(text).matches()) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        long value = Long.parseLong(text);
        if (value < min) {
            return Converted.error("must be " + expected + "; found '" + text + "'");
        }
        return Converted.ok(value);
    }

    private static Converted decimal(String text, boolean positive, String expected) {
        if (!DECIMAL.matcher(text).matches()) {
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
        if (text == null || !DATE.matcher(text).matches()) {
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

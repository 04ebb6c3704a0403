package dev.rustgo.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The shapes a scalar's text is read by, wherever it is written (descriptors, the policy file,
 * parameters): numbers decimal as written, dates ISO {@code yyyy-mm-dd}. Checked by hand, which a
 * cold start does many times faster than a regular expression or {@code LocalDate.parse}.
 */
public final class Scalars {

    private Scalars() {}

    /** {@code [0-9]{1,15}} */
    public static boolean isWhole(String text) {
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
        return text.charAt(whole) == '.'
                && fraction >= 1
                && fraction <= 9
                && digits(text, whole + 1, text.length()) == fraction;
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} */
    static boolean isDate(String text) {
        return text.length() == 10
                && digits(text, 0, 4) == 4
                && text.charAt(4) == '-'
                && digits(text, 5, 7) == 2
                && text.charAt(7) == '-'
                && digits(text, 8, 10) == 2;
    }

    /** How many ASCII digits {@code text} has from {@code from}, up to {@code to}. */
    static int digits(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
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
            return LocalDate.of(
                    Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

package dev.rustgo.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in words: {@code 2} not {@code 2.0}, never a locale's separators. */
public final class Numbers {

    private Numbers() {}

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rounded half-up to {@code places} decimals, the same on every machine. */
    public static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * A fraction as a percentage, rounded half-up to {@code places} decimals, without the sign:
     * 0.05 is "5", 0.125 is "12.5" (one place) or "13" (none).
     */
    public static String percent(double fraction, int places) {
        return format(round(fraction * 100, places));
    }
}

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
}

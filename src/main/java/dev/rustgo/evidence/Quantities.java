package dev.rustgo.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Kubernetes resource quantities for memory ({@code 512Mi}, {@code 1Gi}, {@code 500M},
 * {@code 268435456}, {@code 1e9}), as the Kubernetes API reads them, in whole mebibytes rounded up.
 */
final class Quantities {

    private static final long MIB = 1024L * 1024L;

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("Ki", BigDecimal.valueOf(1024L)),
            Map.entry("Mi", BigDecimal.valueOf(MIB)),
            Map.entry("Gi", BigDecimal.valueOf(1024L * MIB)),
            Map.entry("Ti", BigDecimal.valueOf(1024L * 1024L * MIB)),
            Map.entry("Pi", BigDecimal.valueOf(1024L * 1024L * 1024L * MIB)),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("T", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("P", BigDecimal.valueOf(1_000_000_000_000_000L)),
            Map.entry("Ei", BigDecimal.valueOf(1024L * 1024L * 1024L * 1024L * MIB)),
            Map.entry("E", BigDecimal.valueOf(1_000_000_000_000_000_000L)),
            Map.entry("m", new BigDecimal("0.001")));

    /**
     * The most memory a container is taken to have: 64 TiB, more than the largest machines the clouds
     * rent (24 to 32 TiB). An assumption: a larger figure is a typo or a unit mistake, never a budget.
     */
    static final long MAX_MIB = 64L * 1024 * 1024;

    private Quantities() {}

    /**
     * The quantity in MiB, rounded up; {@code null} if it is not a memory quantity, or under 1 MiB, or
     * over {@link #MAX_MIB} (no figure: {@link Checked} says why).
     */
    static Long mebibytes(String text) {
        return mebibytes(bytes(text));
    }

    /** Bytes in whole MiB rounded up, within 1 MiB and {@link #MAX_MIB}; {@code null} otherwise. */
    static Long mebibytes(BigDecimal bytes) {
        if (bytes == null || bytes.compareTo(BigDecimal.valueOf(MIB)) < 0) {
            return null;
        }
        BigDecimal mib = bytes.divide(BigDecimal.valueOf(MIB), 0, RoundingMode.CEILING);
        return mib.compareTo(BigDecimal.valueOf(MAX_MIB)) > 0 ? null : mib.longValueExact();
    }

    /** The number part of a quantity, as the API's grammar writes it (compiled once: it runs per manifest). */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,2})?");

    /**
     * A Kubernetes quantity ({@code 512Mi}, {@code 1Gi}, {@code 500M}, {@code 500m}, {@code 1e9},
     * {@code 268435456}) in bytes, as the API's grammar reads it; {@code null} if it is none, or negative.
     */
    static BigDecimal bytes(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        int end = t.length();
        while (end > 0 && Character.isLetter(t.charAt(end - 1))) {
            end--;
        }
        String number = t.substring(0, end);
        String suffix = t.substring(end);
        BigDecimal unit = SUFFIXES.get(suffix);
        if (unit == null || number.isEmpty() || !NUMBER.matcher(number).matches()) {
            return null;
        }
        if ((number.contains("e") || number.contains("E")) && !suffix.isEmpty()) {
            return null;
        }
        return new BigDecimal(number.startsWith("+") ? number.substring(1) : number).multiply(unit);
    }

    /** Docker's byte units, as {@code mem_limit} and {@code deploy.resources} take them: powers of 1024. */
    private static final java.util.regex.Pattern DOCKER =
            java.util.regex.Pattern.compile("(?i)([0-9]+(?:\\.[0-9]+)?) ?([kmgtp])?i?b?");

    /**
     * A Docker Compose memory size ({@code 20M}, {@code 1.5g}, {@code 512mb}, {@code 1073741824}), as
     * Docker reads it (every unit a power of 1024), in whole mebibytes rounded up; {@code null} if it is
     * not one or not above zero.
     */
    static Long dockerMebibytes(String text) {
        return mebibytes(dockerBytes(text));
    }

    /** A Docker memory size in bytes; {@code null} if it is none. */
    static BigDecimal dockerBytes(String text) {
        String t = text.strip();
        java.util.regex.Matcher m = DOCKER.matcher(t);
        if (t.length() > 40 || !m.matches()) {
            return null;
        }
        int power = m.group(2) == null
                ? 0
                : "kmgtp".indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1;
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
    }
}

package dev.rustgo.load;

import dev.rustgo.model.Position;
import java.util.Comparator;

/**
 * Something wrong with the input, at a place: {@code file:line:column: message}. The file is
 * relative to the project base directory with {@code /} separators.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** The message is one line, whatever text it quotes ({@link #oneLine}): a log line is one problem. */
    public Problem {
        message = oneLine(message);
    }

    public Problem(String file, Position at, String message) {
        this(file, at.line(), at.column(), message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /**
     * {@code text} on one line: each line break in it ({@code \n}, {@code \r}, and U+0085, U+2028
     * and U+2029, which YAML's escapes can put in a quoted value) is written as its escape, so a
     * message that quotes a value shows exactly what was written, and never continues on a log line
     * of its own without a place.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\u0085', '\u2028', '\u2029' -> String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
                default -> null;
            };
            if (escape != null && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (escape != null) {
                    b.append(escape);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** The form editors and CI logs make clickable: {@code services/a.yaml:3:5: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
